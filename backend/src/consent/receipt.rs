//! Receipts: for every consent event, a machine-readable record with the field names of
//! ISO/IEC TS 27560 (as the W3C DPV guide maps them), signed with the server key, and a
//! short text in the decider's language and at their age band (Kantara §4.7: a receipt is
//! given in human-readable form).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use kinbridge_l10n::{Catalog, FluentArgs, band_word, context_args};
use kinbridge_protocol::api::{ConsentReceipt, canonical_json};
use kinbridge_protocol::{AccountId, AgeBand, CaseId, ConsentDecision};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::{ConsentError, Rules, repo};
use crate::accounts;
use crate::platform::audit::{Action, Event, Recorded, Subject};
use crate::platform::db::DbConn;
use crate::platform::identity::Caller;
use crate::platform::server_keys::ServerKeys;

/// The schema the JSON follows.
pub const RECEIPT_SCHEMA: &str = "kinbridge-consent-receipt-v1 (ISO/IEC TS 27560:2023 fields)";

/// How a consent is withdrawn, as the receipt states it.
const WITHDRAWAL_METHOD: &str =
    "In the Kinbridge app (Stop, on the consent), or by asking the caseworker, who records it.";

/// The receipt of one event of a child's record. Readers are those of the record (the
/// child, their guardian, the caseworker); reading it is recorded.
#[allow(
    clippy::too_many_arguments,
    reason = "the request's parts, each needed once"
)]
pub fn receipt(
    conn: &mut DbConn,
    caller: &Caller,
    keys: &ServerKeys,
    rules: Rules,
    case: CaseId,
    event_id: uuid::Uuid,
    accept_language: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Recorded<ConsentReceipt>, ConsentError> {
    let e =
        repo::find_event(conn, &event_id.to_string())?.filter(|e| e.case_id == case.to_string());
    // Someone who may not read the case learns nothing about whether the event exists.
    let Some(e) = e else {
        super::role_in(conn, caller, case)?;
        return Err(ConsentError::EventNotFound);
    };
    let subject = AccountId::parse(&e.subject).map_err(|_| {
        crate::platform::db::StorageError::Task("bad subject in consent_events".into())
    })?;
    super::may_read_record(conn, caller, case, subject)?;
    let purpose = rules
        .catalog
        .purpose(&e.purpose, u32::try_from(e.purpose_version).unwrap_or(0))
        .ok_or(ConsentError::PurposeNotFound)?;
    let at = crate::platform::db::from_db_time(e.occurred_at);
    let record = json!({
        "schema_version": RECEIPT_SCHEMA,
        "receipt_id": receipt_id(&e.hash),
        "record_id": e.id,
        "pii_principal_id": e.subject,
        "jurisdiction": {
            "consent_own_from_age": rules.own_from,
            "consent_assent_from_age": rules.assent_from,
        },
        "processing": {
            "purpose": e.purpose,
            "purpose_version": e.purpose_version,
            "lawful_basis": purpose.legal_basis.as_str(),
            "pii_information": purpose.data_categories,
            "special_categories": purpose.special_categories,
            "recipient_third_parties": purpose.recipients,
            "retention_period": purpose.retention,
            "withdrawal_method": WITHDRAWAL_METHOD,
            "scope": if e.scope.is_empty() { Value::Null } else { Value::from(e.scope.clone()) },
        },
        "privacy_notice": {
            "notice_id": e.purpose,
            "notice_version": e.purpose_version,
            "language": e.notice_locale,
            "age_band_variant": e.notice_band,
            "content_sha256": e.notice_sha256,
            "modality": e.modality,
            "interpreter_language": e.interpreter_locale,
        },
        "event": {
            "event_time": at.to_rfc3339(),
            "event_type": e.kind,
            "event_state": e.decision,
            "validity_duration": e.expires_at.map_or(Value::from("until withdrawn"), |x| Value::from(crate::platform::db::from_db_time(x).to_rfc3339())),
            "entity_id": e.decided_by,
            "entity_role": e.decided_as,
            "recorded_by": e.recorded_by,
            "witness": e.witness,
            "age_years_at_event": e.age_years,
            "age_band_at_event": e.age_band,
            "reason": e.reason,
            "approved_by": e.approved_by,
        },
        "integrity": {
            "event_hash": e.hash,
            "prev_event_hash": e.prev_hash,
        },
    });
    let bytes = canonical_json(&record);
    let signature = keys
        .signing()
        .private_key
        .calculate_signature(&bytes, &mut rand::rng())
        .map_err(|err| {
            ConsentError::Storage(crate::platform::db::StorageError::Task(err.to_string()))
        })?;

    // The text: in the decider's language (their own setting, then the reader's), at their
    // band; the purpose named by its notice title in that language and band.
    let decider = match e.decided_by.as_deref().map(AccountId::parse) {
        Some(Ok(id)) => accounts::find(conn, id)?,
        _ => None,
    };
    let band = decider
        .as_ref()
        .and_then(|d| d.age_band)
        .unwrap_or(AgeBand::Adult);
    let catalog = Catalog::embedded();
    let chain = catalog.chain_for(
        decider.as_ref().and_then(|d| d.locale.as_deref()),
        accept_language,
    );
    let lang = chain
        .first()
        .map_or_else(|| "en".to_owned(), |l| l.language.as_str().to_owned());
    let title = rules
        .catalog
        .notice(&purpose.id, purpose.version, &lang, band)
        .or_else(|| {
            rules
                .catalog
                .notice(&purpose.id, purpose.version, "en", band)
        })
        .map(|n| n.title.clone())
        .unwrap_or_else(|| purpose.id.clone());
    let id = match ConsentDecision::parse(&e.decision) {
        Some(ConsentDecision::Given) => "consent-receipt-given",
        Some(ConsentDecision::Refused) => "consent-receipt-refused",
        Some(ConsentDecision::Withdrawn) => "consent-receipt-withdrawn",
        _ => "consent-receipt-recorded",
    };
    let mut args: FluentArgs<'_> = context_args(band, None);
    args.set("band", band_word(band));
    args.set("title", title);
    args.set("date", at.format("%Y-%m-%d").to_string());
    let text = catalog.format(&chain, id, Some(&args));
    Ok(Recorded::new(
        ConsentReceipt {
            receipt: record,
            signature: STANDARD.encode(&signature),
            public_key: STANDARD.encode(keys.signing().public_key.serialize()),
            text: text.text,
            locale: text.locale.to_string(),
            direction: text.direction.as_str().to_owned(),
        },
        Event::new(caller, Action::ConsentList)
            .case(case)
            .subject(Subject::Account(subject))
            .detail("receipt"),
        now,
    ))
}

/// A receipt's id: derived from its event's hash, so the same event always has the same
/// receipt id and no two events share one.
fn receipt_id(event_hash: &str) -> String {
    Sha256::digest(format!("kinbridge-consent-receipt:{event_hash}").as_bytes())
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use kinbridge_l10n::{Catalog, FluentArgs, LOCALES, LanguageIdentifier};

    /// Every receipt text renders in every locale, for every band word, with exactly the
    /// arguments `receipt` passes, and never falls back to another language.
    #[test]
    fn every_receipt_text_renders_in_every_locale() {
        let catalog = Catalog::embedded();
        for locale in LOCALES {
            let chain: Vec<LanguageIdentifier> = vec![locale.parse().expect("a shipped locale")];
            for id in [
                "consent-receipt-given",
                "consent-receipt-refused",
                "consent-receipt-withdrawn",
                "consent-receipt-recorded",
            ] {
                for band in ["young", "child", "adult"] {
                    let mut args = FluentArgs::new();
                    args.set("band", band);
                    args.set("gender", "neutral");
                    args.set("title", "TITLE");
                    args.set("date", "2026-12-03");
                    let text = catalog.format(&chain, id, Some(&args));
                    assert!(!text.fell_back, "{locale} {id} {band} fell back");
                    assert!(
                        text.text.contains("TITLE"),
                        "{locale} {id} {band}: {}",
                        text.text
                    );
                    if band != "young" {
                        assert!(text.text.contains("2026-12-03"), "{locale} {id} {band}");
                    }
                }
            }
        }
    }
}
