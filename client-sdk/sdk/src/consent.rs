//! Consent: fetching the notice to show (checked before it is shown), answering it,
//! withdrawing, reading a child's record, and overrides.

use kinbridge_l10n::{ConsentCatalog, notice_sha256};
use kinbridge_protocol::api::{
    ConsentAgeRequest, ConsentDecisionRequest, ConsentEventView, ConsentNotice,
    ConsentOverrideRequest, ConsentOverrideView, ConsentReceipt, ConsentRecord,
    ConsentWithdrawRequest, NoticeShown, canonical_json,
};
use kinbridge_protocol::{
    AccountId, AgeBand, AgeSource, CaseId, ConsentChoice, ConsentModality, OverrideReason,
};
use reqwest::Method;

use crate::{Client, SdkError};

/// Whether a notice from the server is the text it claims to be: its hash is the hash of
/// its bytes, its bytes are its parts, and — for every version this SDK carries — it is
/// byte for byte the SDK's own copy. A server cannot show a person a different text than
/// the one their decision will be recorded against.
pub fn verify_notice(n: &ConsentNotice) -> Result<(), SdkError> {
    let composed = format!("{}\n\n{}\n\n{}", n.title, n.body, n.withdraw);
    let own = ConsentCatalog::embedded().notice(&n.purpose, n.version, &n.locale, n.band);
    let consistent = composed == n.text && notice_sha256(&n.text) == n.sha256;
    if !consistent || own.is_some_and(|own| own.sha256 != n.sha256 || own.text != n.text) {
        return Err(SdkError::NoticeMismatch {
            purpose: n.purpose.clone(),
        });
    }
    Ok(())
}

/// Who a caseworker records a decision for, in person.
#[derive(Debug, Clone)]
pub struct InPerson {
    /// The child or guardian whose decision it is.
    pub on_behalf_of: AccountId,
    /// The language an interpreter used, if one did.
    pub interpreter_locale: Option<String>,
    /// A staff member of the case who witnessed it.
    pub witness: Option<AccountId>,
}

impl Client {
    /// The notice for a purpose in one language and band (the current version, or
    /// `version`), checked with [`verify_notice`] before it is returned: show only what
    /// this returns.
    pub async fn consent_notice(
        &self,
        purpose: &str,
        locale: &str,
        band: AgeBand,
        version: Option<u32>,
    ) -> Result<ConsentNotice, SdkError> {
        let mut path = format!(
            "/v1/consent/notices/{purpose}?locale={locale}&band={}",
            band.as_str()
        );
        if let Some(v) = version {
            path.push_str(&format!("&version={v}"));
        }
        let notice: ConsentNotice = self.call(Method::GET, &path, None).await?;
        verify_notice(&notice)?;
        Ok(notice)
    }

    /// Caseworkers: record a child's age in years (who must decide follows from it).
    pub async fn set_consent_age(
        &self,
        case: CaseId,
        subject: AccountId,
        years: u8,
        source: AgeSource,
    ) -> Result<(), SdkError> {
        let _: serde_json::Value = self
            .call(
                Method::PUT,
                &format!("/v1/cases/{case}/consent-age"),
                Some(&ConsentAgeRequest {
                    subject,
                    years,
                    source,
                }),
            )
            .await?;
        Ok(())
    }

    /// Answers a notice this device showed (from [`Client::consent_notice`]): the decision
    /// carries the notice's version, language, band and hash. `in_person` is for a
    /// caseworker recording the decision of the person in front of them.
    pub async fn decide_consent(
        &self,
        case: CaseId,
        subject: AccountId,
        notice: &ConsentNotice,
        decision: ConsentChoice,
        scope: Option<AccountId>,
        in_person: Option<InPerson>,
    ) -> Result<ConsentEventView, SdkError> {
        verify_notice(notice)?;
        let (on_behalf_of, modality, interpreter_locale, witness) = match in_person {
            Some(p) => (
                Some(p.on_behalf_of),
                ConsentModality::ReadAloud,
                p.interpreter_locale,
                p.witness,
            ),
            None => (None, ConsentModality::InApp, None, None),
        };
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/consents"),
            Some(&ConsentDecisionRequest {
                subject,
                purpose: notice.purpose.clone(),
                version: notice.version,
                scope,
                decision,
                notice: NoticeShown {
                    locale: notice.locale.clone(),
                    band: notice.band,
                    sha256: notice.sha256.clone(),
                },
                on_behalf_of,
                modality,
                interpreter_locale,
                witness,
            }),
        )
        .await
    }

    /// Takes back a consent this person gave (one call, as giving it was).
    pub async fn withdraw_consent(
        &self,
        case: CaseId,
        subject: AccountId,
        purpose: &str,
        scope: Option<AccountId>,
        on_behalf_of: Option<AccountId>,
    ) -> Result<ConsentEventView, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/consents/withdraw"),
            Some(&ConsentWithdrawRequest {
                subject,
                purpose: purpose.to_owned(),
                scope,
                on_behalf_of,
            }),
        )
        .await
    }

    /// A child's consent record: events, states, and whether its chain is whole.
    pub async fn consent_record(
        &self,
        case: CaseId,
        subject: AccountId,
    ) -> Result<ConsentRecord, SdkError> {
        self.call(
            Method::GET,
            &format!("/v1/cases/{case}/consents?subject={subject}"),
            None,
        )
        .await
    }

    /// Caseworkers: ask to go ahead despite a refusal; a second staff member approves.
    pub async fn request_consent_override(
        &self,
        case: CaseId,
        subject: AccountId,
        purpose: &str,
        scope: Option<AccountId>,
        reason: OverrideReason,
    ) -> Result<ConsentOverrideView, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/consent-overrides"),
            Some(&ConsentOverrideRequest {
                subject,
                purpose: purpose.to_owned(),
                scope,
                reason,
            }),
        )
        .await
    }

    /// Caseworkers and supervisors: the override requests waiting in a case.
    pub async fn consent_overrides(
        &self,
        case: CaseId,
    ) -> Result<Vec<ConsentOverrideView>, SdkError> {
        self.call(
            Method::GET,
            &format!("/v1/cases/{case}/consent-overrides"),
            None,
        )
        .await
    }

    /// Another caseworker of the case, or a supervisor: approve an override.
    pub async fn approve_consent_override(
        &self,
        case: CaseId,
        id: &str,
    ) -> Result<ConsentEventView, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/consent-overrides/{id}/approve"),
            None,
        )
        .await
    }
}

impl Client {
    /// The receipt of one consent event: the signed record and a short text in the
    /// decider's language. The signature is checked against the key the server sent with
    /// it ([`verify_receipt`] checks it against a key the app pinned).
    pub async fn consent_receipt(
        &self,
        case: CaseId,
        event_id: &str,
    ) -> Result<ConsentReceipt, SdkError> {
        let receipt: ConsentReceipt = self
            .call(
                Method::GET,
                &format!("/v1/cases/{case}/consents/{event_id}/receipt"),
                None,
            )
            .await?;
        verify_receipt(&receipt, &receipt.public_key)?;
        Ok(receipt)
    }
}

/// Whether a receipt is signed by the server key `public_key` (base64).
pub fn verify_receipt(receipt: &ConsentReceipt, public_key: &str) -> Result<(), SdkError> {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;
    let bad = || SdkError::ReceiptSignature;
    let key = STANDARD.decode(public_key).map_err(|_| bad())?;
    let key = libsignal_protocol::PublicKey::deserialize(&key).map_err(|_| bad())?;
    let signature = STANDARD.decode(&receipt.signature).map_err(|_| bad())?;
    if key.verify_signature(&canonical_json(&receipt.receipt), &signature) {
        Ok(())
    } else {
        Err(bad())
    }
}

impl Client {
    /// Caseworkers: ask the child (and, where the rules need one, their guardian) for a
    /// consent; their apps get [`crate::Event::ConsentRequested`].
    pub async fn request_consent(
        &self,
        case: CaseId,
        subject: AccountId,
        purpose: &str,
        scope: Option<AccountId>,
    ) -> Result<ConsentEventView, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/consent-requests"),
            Some(&kinbridge_protocol::api::ConsentRequest {
                subject,
                purpose: purpose.to_owned(),
                scope,
            }),
        )
        .await
    }
}
