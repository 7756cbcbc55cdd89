//! The client object and the calls that need no enrolment (enrol, open, complaints).

use std::sync::Arc;

use kinbridge_protocol::api::InviteRequest;
use kinbridge_protocol::complaints::ComplaintCategory;
use kinbridge_protocol::{
    AccountId, AgeBand, CaseId, CaseStage, ConsentChoice, ContactDecision, ContactReason, DeviceId,
    GrammaticalForm, Relationship, StaffRole,
};
use kinbridge_sdk::complaints::{ComplaintDraft, ReceiptCode};
use kinbridge_sdk::{ClientConfig, MemoryStore, SqliteStore, Store};

use crate::convert::{
    AccessLogPage, CaseInfo, CaseStatusView, ComplaintThread, ConsentEvent, ConsentNotice, Device,
    EnrolmentCode, FiledComplaint, Me, Member, ReceivedMessage, SendOutcome, parse, time,
};
use crate::events::EventStream;
use crate::{KinbridgeError, enter_runtime, on_runtime};

/// Where the server is and where this phone keeps its keys.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ClientSettings {
    /// The server's base address, e.g. `https://kinbridge.example.org`.
    pub server_url: String,
    /// The store file in the app's private storage. `None` keeps everything in memory,
    /// lost when the app closes (tests, a shared-phone session).
    pub store_path: Option<String>,
    /// The store's key: 32 random bytes the app keeps in the Android Keystore or the iOS
    /// Keychain. Required with `store_path`.
    pub store_key: Option<Vec<u8>>,
    /// The person's languages, best first (BCP 47): server texts and the SDK's own
    /// messages come in the first one that has them.
    pub languages: Vec<String>,
    /// The sealed-sender trust root built into the app (33 bytes).
    pub trust_root: Option<Vec<u8>>,
}

impl ClientSettings {
    /// The person's languages (for errors) and the SDK's configuration, the store opened
    /// inside the SDK's runtime.
    fn open(&self) -> Result<(Arc<Vec<String>>, ClientConfig), KinbridgeError> {
        let languages = Arc::new(self.languages.clone());
        let config = enter_runtime(&languages, || self.config())?;
        Ok((languages, config))
    }

    fn config(&self) -> Result<ClientConfig, KinbridgeError> {
        let languages = &self.languages;
        let store: Arc<dyn Store> = match (&self.store_path, &self.store_key) {
            (None, _) => Arc::new(MemoryStore::new()),
            (Some(path), Some(key)) => {
                let key: &[u8; 32] = key
                    .as_slice()
                    .try_into()
                    .map_err(|_| KinbridgeError::invalid(languages, "store_key"))?;
                let store = SqliteStore::open(std::path::Path::new(path), key)
                    .map_err(|e| KinbridgeError::from_sdk(e.into(), languages))?;
                Arc::new(store)
            }
            (Some(_), None) => return Err(KinbridgeError::invalid(languages, "store_key")),
        };
        let mut config = ClientConfig::new(self.server_url.clone(), store);
        config.languages = self.languages.clone();
        config.trust_root = self.trust_root.clone();
        Ok(config)
    }
}

/// An enrolled device talking to its Kinbridge server. Every call may be made from any
/// thread.
#[derive(Debug, uniffi::Object)]
pub struct KinbridgeClient {
    client: kinbridge_sdk::Client,
    languages: Arc<Vec<String>>,
}

/// Enrols this phone with a one-time code from a caseworker (or an admin, for staff).
#[uniffi::export]
pub async fn enrol(
    settings: ClientSettings,
    code: String,
) -> Result<Arc<KinbridgeClient>, KinbridgeError> {
    let (languages, config) = settings.open()?;
    let client = on_runtime(languages.clone(), async move {
        kinbridge_sdk::Client::enrol(config, &code).await
    })
    .await?;
    Ok(Arc::new(KinbridgeClient { client, languages }))
}

/// The client for the enrolment kept in the store, or `None` if this phone has not
/// enrolled yet (or its store was erased when the device was revoked).
#[uniffi::export]
pub fn open(settings: ClientSettings) -> Result<Option<Arc<KinbridgeClient>>, KinbridgeError> {
    let languages = Arc::new(settings.languages.clone());
    enter_runtime(&languages, || {
        let config = settings.config()?;
        let client = kinbridge_sdk::Client::open(config)
            .map_err(|e| KinbridgeError::from_sdk(e, &languages))?;
        Ok(client.map(|client| {
            Arc::new(KinbridgeClient {
                client,
                languages: languages.clone(),
            })
        }))
    })
}

/// Files a complaint without an account, from any phone. The receipt is the only way
/// back to it.
#[uniffi::export]
pub async fn file_complaint(
    settings: ClientSettings,
    category: String,
    urgent: bool,
    locale: String,
    band: String,
    text: String,
) -> Result<FiledComplaint, KinbridgeError> {
    let draft = ComplaintDraft {
        category: parse(
            &settings.languages,
            "category",
            &category,
            ComplaintCategory::parse,
        )?,
        urgent,
        locale,
        band: parse(&settings.languages, "band", &band, AgeBand::parse)?,
        text,
        about: None,
    };
    let (languages, config) = settings.open()?;
    let filed = on_runtime(languages, async move {
        kinbridge_sdk::complaints::file_complaint(&config, draft).await
    })
    .await?;
    Ok(FiledComplaint {
        receipt: filed.receipt.display(),
        filed_at: time(filed.filed_at),
        acknowledgement: filed.acknowledgement,
    })
}

/// Reads a complaint with its receipt, from any phone: where it stands and the replies.
#[uniffi::export]
pub async fn read_complaint(
    settings: ClientSettings,
    receipt: String,
) -> Result<ComplaintThread, KinbridgeError> {
    let receipt = ReceiptCode::parse(&receipt)
        .map_err(|e| KinbridgeError::from_sdk(e, &settings.languages))?;
    let (languages, config) = settings.open()?;
    let thread = on_runtime(languages, async move {
        kinbridge_sdk::complaints::read_complaint(&config, &receipt).await
    })
    .await?;
    Ok(thread.into())
}

/// Adds to a complaint with its receipt, from any phone.
#[uniffi::export]
pub async fn add_to_complaint(
    settings: ClientSettings,
    receipt: String,
    text: String,
) -> Result<(), KinbridgeError> {
    let receipt = ReceiptCode::parse(&receipt)
        .map_err(|e| KinbridgeError::from_sdk(e, &settings.languages))?;
    let (languages, config) = settings.open()?;
    on_runtime(languages, async move {
        kinbridge_sdk::complaints::add_to_complaint(&config, &receipt, &text).await
    })
    .await
}

impl KinbridgeClient {
    fn account(&self, field: &str, raw: &str) -> Result<AccountId, KinbridgeError> {
        parse(&self.languages, field, raw, |s| AccountId::parse(s).ok())
    }

    fn case(&self, raw: &str) -> Result<CaseId, KinbridgeError> {
        parse(&self.languages, "case_id", raw, |s| CaseId::parse(s).ok())
    }

    fn locale(&self, raw: Option<String>) -> Result<Option<String>, KinbridgeError> {
        match raw {
            None => Ok(None),
            Some(l) if kinbridge_l10n::LanguageIdentifier::from_bytes(l.as_bytes()).is_ok() => {
                Ok(Some(l))
            }
            Some(_) => Err(KinbridgeError::invalid(&self.languages, "locale")),
        }
    }

    fn form(&self, raw: Option<String>) -> Result<Option<GrammaticalForm>, KinbridgeError> {
        raw.map(|g| {
            parse(
                &self.languages,
                "grammatical_form",
                &g,
                GrammaticalForm::parse,
            )
        })
        .transpose()
    }

    async fn invite(
        &self,
        case_id: String,
        invitation: InviteRequest,
    ) -> Result<EnrolmentCode, KinbridgeError> {
        let case = self.case(&case_id)?;
        Ok(self
            .run(|c| async move { c.invite(case, invitation).await })
            .await?
            .into())
    }

    /// Runs `call` with (a clone of) the SDK client on the SDK's runtime.
    async fn run<T, F>(
        &self,
        call: impl FnOnce(kinbridge_sdk::Client) -> F,
    ) -> Result<T, KinbridgeError>
    where
        T: Send + 'static,
        F: std::future::Future<Output = Result<T, kinbridge_sdk::SdkError>> + Send + 'static,
    {
        // Erased after a revocation: nothing is sent; the app enrols again.
        if self.client.is_erased() {
            return Err(KinbridgeError::revoked(&self.languages));
        }
        on_runtime(self.languages.clone(), call(self.client.clone())).await
    }
}

#[uniffi::export]
impl KinbridgeClient {
    pub fn account_id(&self) -> String {
        self.client.account_id().to_string()
    }

    pub fn device_id(&self) -> String {
        self.client.device_id().to_string()
    }

    /// `child`, `family`, `guardian`, `caseworker`, `admin`, …
    pub fn role(&self) -> String {
        self.client.role().as_str().to_owned()
    }

    /// The events of this device (messages, stage changes, revocation); the connection
    /// is kept open and re-opened by the SDK until the stream is dropped.
    pub fn events(&self) -> Result<Arc<EventStream>, KinbridgeError> {
        enter_runtime(&self.languages, || {
            Ok(Arc::new(EventStream::new(
                self.client.events(),
                self.client.clone(),
            )))
        })
    }

    pub async fn me(&self) -> Result<Me, KinbridgeError> {
        Ok(self.run(|c| async move { c.me().await }).await?.into())
    }

    /// Sets this person's language and form of address (`feminine`, `masculine`,
    /// `neutral`); `None` leaves one as it is.
    pub async fn set_preferences(
        &self,
        locale: Option<String>,
        grammatical_form: Option<String>,
    ) -> Result<Me, KinbridgeError> {
        let locale = self.locale(locale)?;
        let form = self.form(grammatical_form)?;
        let me = self
            .run(|c| async move {
                c.set_preferences(locale.as_deref().map(Some), form.map(Some))
                    .await
            })
            .await?;
        Ok(me.into())
    }

    /// Where a case stands, in this person's words; the phone's copy when offline.
    pub async fn case_status(&self, case_id: String) -> Result<CaseStatusView, KinbridgeError> {
        let case = self.case(&case_id)?;
        Ok(self
            .run(|c| async move { c.case_status(case).await })
            .await?
            .into())
    }

    pub async fn my_cases(&self) -> Result<Vec<CaseInfo>, KinbridgeError> {
        let cases = self.run(|c| async move { c.my_cases().await }).await?;
        Ok(cases.into_iter().map(Into::into).collect())
    }

    pub async fn case_members(&self, case_id: String) -> Result<Vec<Member>, KinbridgeError> {
        let case = self.case(&case_id)?;
        let members = self
            .run(|c| async move { c.case_members(case).await })
            .await?;
        Ok(members.into_iter().map(Into::into).collect())
    }

    /// Caseworkers: opens a new case.
    pub async fn create_case(&self) -> Result<CaseInfo, KinbridgeError> {
        Ok(self
            .run(|c| async move { c.create_case().await })
            .await?
            .into())
    }

    /// Caseworkers: invites the child of a case (`age_band` such as `10-12`).
    pub async fn invite_child(
        &self,
        case_id: String,
        age_band: String,
        locale: Option<String>,
        grammatical_form: Option<String>,
    ) -> Result<EnrolmentCode, KinbridgeError> {
        let invitation = InviteRequest::Child {
            age_band: parse(&self.languages, "age_band", &age_band, AgeBand::parse)?,
            locale: self.locale(locale)?,
            grammatical_form: self.form(grammatical_form)?,
        };
        self.invite(case_id, invitation).await
    }

    /// Caseworkers: invites a relative found by tracing (`relationship` such as
    /// `parent`, `sibling`).
    pub async fn invite_family(
        &self,
        case_id: String,
        relationship: String,
        locale: Option<String>,
        grammatical_form: Option<String>,
    ) -> Result<EnrolmentCode, KinbridgeError> {
        let invitation = InviteRequest::Family {
            relationship: parse(
                &self.languages,
                "relationship",
                &relationship,
                Relationship::parse,
            )?,
            locale: self.locale(locale)?,
            grammatical_form: self.form(grammatical_form)?,
        };
        self.invite(case_id, invitation).await
    }

    /// Caseworkers: invites a guardian who has no staff account.
    pub async fn invite_guardian(
        &self,
        case_id: String,
        display_name: String,
        locale: Option<String>,
    ) -> Result<EnrolmentCode, KinbridgeError> {
        let invitation = InviteRequest::Guardian {
            display_name,
            locale: self.locale(locale)?,
        };
        self.invite(case_id, invitation).await
    }

    /// Caseworkers: moves a case to another stage (`tracing`, `verification`, …).
    pub async fn change_stage(
        &self,
        case_id: String,
        stage: String,
    ) -> Result<CaseInfo, KinbridgeError> {
        let case = self.case(&case_id)?;
        let stage = parse(&self.languages, "stage", &stage, CaseStage::parse)?;
        Ok(self
            .run(|c| async move { c.change_stage(case, stage).await })
            .await?
            .into())
    }

    /// Caseworkers: allows or ends contact between two members (`decision`: `allowed`,
    /// `blocked`; `reason` from the documented list).
    pub async fn set_contact_rule(
        &self,
        case_id: String,
        member_a: String,
        member_b: String,
        decision: String,
        reason: String,
    ) -> Result<(), KinbridgeError> {
        let case = self.case(&case_id)?;
        let a = self.account("member_a", &member_a)?;
        let b = self.account("member_b", &member_b)?;
        let decision = parse(
            &self.languages,
            "decision",
            &decision,
            ContactDecision::parse,
        )?;
        let reason = parse(&self.languages, "reason", &reason, ContactReason::parse)?;
        self.run(|c| async move { c.set_contact_rule(case, a, b, decision, reason).await })
            .await?;
        Ok(())
    }

    /// Admins: creates a staff account (`role`: `caseworker`, `guardian`, …).
    pub async fn create_staff(
        &self,
        role: String,
        display_name: String,
    ) -> Result<EnrolmentCode, KinbridgeError> {
        let role = parse(&self.languages, "role", &role, StaffRole::parse)?;
        Ok(self
            .run(|c| async move { c.create_staff(role, &display_name).await })
            .await?
            .into())
    }

    /// Sends an end-to-end encrypted message to every device of `to`.
    pub async fn send_message(
        &self,
        to: String,
        body: Vec<u8>,
    ) -> Result<SendOutcome, KinbridgeError> {
        let to = self.account("to", &to)?;
        Ok(self
            .run(|c| async move { c.send_message(to, &body).await })
            .await?
            .into())
    }

    /// The same, with sealed sender: the server does not learn who sent it.
    pub async fn send_sealed_message(
        &self,
        to: String,
        body: Vec<u8>,
    ) -> Result<SendOutcome, KinbridgeError> {
        let to = self.account("to", &to)?;
        Ok(self
            .run(|c| async move { c.send_sealed_message(to, &body).await })
            .await?
            .into())
    }

    /// Sends to this person's circle in a case: everyone there they may contact.
    pub async fn send_circle_message(
        &self,
        case_id: String,
        body: Vec<u8>,
    ) -> Result<SendOutcome, KinbridgeError> {
        let case = self.case(&case_id)?;
        Ok(self
            .run(|c| async move { c.send_circle_message(case, &body).await })
            .await?
            .into())
    }

    /// Messages written offline and not yet taken by the server.
    pub fn outbox_len(&self) -> Result<u64, KinbridgeError> {
        self.client
            .outbox_len()
            .map(|n| n as u64)
            .map_err(|e| KinbridgeError::from_sdk(e, &self.languages))
    }

    /// Sends what waits in the outbox now; returns how many went.
    pub async fn flush_outbox(&self) -> Result<u64, KinbridgeError> {
        Ok(self.run(|c| async move { c.flush_outbox().await }).await? as u64)
    }

    /// For poor connections: fetches, decrypts and acknowledges what waits, over HTTP.
    pub async fn poll_messages(&self) -> Result<Vec<ReceivedMessage>, KinbridgeError> {
        let (received, _) = self.run(|c| async move { c.poll_messages().await }).await?;
        Ok(received.into_iter().map(Into::into).collect())
    }

    /// The 60-digit number to compare with `contact` in person.
    pub async fn safety_number(&self, contact: String) -> Result<String, KinbridgeError> {
        let contact = self.account("contact", &contact)?;
        self.run(|c| async move { c.safety_number(contact).await })
            .await
    }

    /// After comparing safety numbers: a new device of `contact` waits for this person
    /// to accept it.
    pub fn mark_verified(&self, contact: String) -> Result<(), KinbridgeError> {
        let contact = self.account("contact", &contact)?;
        self.client
            .mark_verified(contact)
            .map_err(|e| KinbridgeError::from_sdk(e, &self.languages))
    }

    /// Accepts a contact's new identity key (after comparing safety numbers).
    pub async fn accept_identity(&self, contact: String) -> Result<(), KinbridgeError> {
        let contact = self.account("contact", &contact)?;
        self.run(|c| async move { c.accept_identity(contact).await })
            .await
    }

    /// This person's devices.
    pub async fn devices(&self) -> Result<Vec<Device>, KinbridgeError> {
        let devices = self.run(|c| async move { c.devices().await }).await?;
        Ok(devices.into_iter().map(Into::into).collect())
    }

    /// Caseworkers and admins: the devices of an account.
    pub async fn account_devices(&self, account: String) -> Result<Vec<Device>, KinbridgeError> {
        let account = self.account("account", &account)?;
        let devices = self
            .run(|c| async move { c.account_devices(account).await })
            .await?;
        Ok(devices.into_iter().map(Into::into).collect())
    }

    /// Revokes a device (one's own, or as its caseworker or an admin): its sockets close
    /// and its credential stops working at once.
    pub async fn revoke_device(&self, device_id: String) -> Result<Device, KinbridgeError> {
        let device = parse(&self.languages, "device_id", &device_id, |s| {
            DeviceId::parse(s).ok()
        })?;
        Ok(self
            .run(|c| async move { c.revoke_device(device).await })
            .await?
            .into())
    }

    /// Who looked at or changed a case, in this person's words.
    pub async fn access_log(&self, case_id: String) -> Result<AccessLogPage, KinbridgeError> {
        let case = self.case(&case_id)?;
        Ok(self
            .run(|c| async move { c.access_log(case).await })
            .await?
            .into())
    }

    /// Everything the server keeps about this person, as the JSON of `PersonalExport`.
    pub async fn export_my_data(&self) -> Result<String, KinbridgeError> {
        let export = self
            .run(|c| async move { c.export_my_data().await })
            .await?;
        serde_json::to_string_pretty(&export).map_err(|_| KinbridgeError::internal(&self.languages))
    }

    /// Caseworkers: a case's record, as the JSON of `CaseExport`.
    pub async fn export_case(&self, case_id: String) -> Result<String, KinbridgeError> {
        let case = self.case(&case_id)?;
        let export = self
            .run(|c| async move { c.export_case(case).await })
            .await?;
        serde_json::to_string_pretty(&export).map_err(|_| KinbridgeError::internal(&self.languages))
    }

    /// A consent notice to show (checked against its hash on this phone).
    pub async fn consent_notice(
        &self,
        purpose: String,
        locale: String,
        band: String,
    ) -> Result<ConsentNotice, KinbridgeError> {
        let band = parse(&self.languages, "band", &band, AgeBand::parse)?;
        Ok(self
            .run(|c| async move { c.consent_notice(&purpose, &locale, band, None).await })
            .await?
            .into())
    }

    /// Records this person's answer (`decision`: `agree`, `decline`) to the notice they
    /// were shown, about `subject` (the child) in a case.
    pub async fn decide_consent(
        &self,
        case_id: String,
        subject: String,
        notice: ConsentNotice,
        decision: String,
        scope: Option<String>,
    ) -> Result<ConsentEvent, KinbridgeError> {
        let case = self.case(&case_id)?;
        let subject = self.account("subject", &subject)?;
        let decision = parse(&self.languages, "decision", &decision, ConsentChoice::parse)?;
        let scope = scope.map(|s| self.account("scope", &s)).transpose()?;
        let purpose = notice.purpose.clone();
        let version = notice.version;
        let locale = notice.locale.clone();
        let band = parse(&self.languages, "band", &notice.band, AgeBand::parse)?;
        let sha256 = notice.sha256.clone();
        Ok(self
            .run(|c| async move {
                // The notice again, as the server serves that version, so the answer is
                // bound to the exact text shown (its hash is checked once more).
                let shown = c
                    .consent_notice(&purpose, &locale, band, Some(version))
                    .await?;
                if shown.sha256 != sha256 {
                    return Err(kinbridge_sdk::SdkError::NoticeMismatch { purpose });
                }
                c.decide_consent(case, subject, &shown, decision, scope, None)
                    .await
            })
            .await?
            .into())
    }

    /// Withdraws a consent about `subject`.
    pub async fn withdraw_consent(
        &self,
        case_id: String,
        subject: String,
        purpose: String,
        scope: Option<String>,
    ) -> Result<ConsentEvent, KinbridgeError> {
        let case = self.case(&case_id)?;
        let subject = self.account("subject", &subject)?;
        let scope = scope.map(|s| self.account("scope", &s)).transpose()?;
        Ok(self
            .run(|c| async move {
                c.withdraw_consent(case, subject, &purpose, scope, None)
                    .await
            })
            .await?
            .into())
    }

    /// The consent record of `subject` in a case, as the JSON of `ConsentRecord`.
    pub async fn consent_record(
        &self,
        case_id: String,
        subject: String,
    ) -> Result<String, KinbridgeError> {
        let case = self.case(&case_id)?;
        let subject = self.account("subject", &subject)?;
        let record = self
            .run(|c| async move { c.consent_record(case, subject).await })
            .await?;
        serde_json::to_string_pretty(&record).map_err(|_| KinbridgeError::internal(&self.languages))
    }

    /// A child: "I need help now", with optional words (end-to-end encrypted to their
    /// guardian and caseworker). Works offline: it goes first when there is a connection.
    pub async fn ask_for_help(
        &self,
        case_id: String,
        words: Option<String>,
    ) -> Result<(), KinbridgeError> {
        let case = self.case(&case_id)?;
        self.run(|c| async move { c.ask_for_help(case, words).await.map(|_| ()) })
            .await
    }
}
