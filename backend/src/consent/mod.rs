//! Consent: who agreed to what, having been shown which text, in which language, and how
//! to take it back.
//!
//! Purposes and their notices come from `content/consent/` ([`ConsentCatalog`]). A
//! decision is an appended event in the child's own hash chain (`consent_events`), with
//! the notice's locale, band and SHA-256 that the person was shown; the current state is
//! derived from the events ([`rules::status`]), never stored. Below the jurisdiction's
//! age a guardian's consent **and** the child's assent are needed (from 6; below, the
//! assent is recorded as not sought); from it, the child's own consent. Either person's
//! refusal blocks unless a second staff member approves an override with a reason.
//!
//! Enforcement: [`require`] is what other capabilities ask before they act (cases, before
//! contact with a relative is allowed). Complaints and counselling never ask.

pub mod http;
mod receipt;
mod repo;
pub mod rules;
mod views;

use chrono::{DateTime, Utc};
use kinbridge_l10n::{ConsentCatalog, Locale, Notice, Purpose, PurposeScope};
use kinbridge_protocol::api::{
    ConsentAgeRequest, ConsentDecisionRequest, ConsentEventView, ConsentNotice,
    ConsentOverrideRequest, ConsentOverrideView, ConsentRecord, ConsentRequest, ConsentStateView,
    ConsentWithdrawRequest, ServerFrame,
};
use kinbridge_protocol::{
    AccountId, AccountRole, AgeBand, CaseId, ConsentChoice, ConsentDecider, ConsentDecision,
    ConsentKind, ConsentModality, ConsentStatus, MemberRole, OverrideReason,
};
use sha2::{Digest, Sha256};
use uuid::Uuid;

pub use receipt::{RECEIPT_SCHEMA, receipt};
pub use rules::Rules;
pub use views::{give_view, heard_on_placement, request_views, views};

use crate::accounts;
use crate::platform::audit::{self, Action, Event, Recorded, Subject};
use crate::platform::db::{DbConn, StorageError, Tx, from_db_time, to_db_time};
use crate::platform::identity::Caller;
use crate::platform::notify::Notice as Frame;
use crate::platform::reach::{self, Contacts};

/// The purpose whose consent contact with a relative needs.
pub const CONTACT_RELATIVE: &str = "contact-relative";

/// The purpose whose consent sharing case data with tracing partners needs.
pub const SHARE_TRACING: &str = "share-tracing";

/// The hash before a subject's first event.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, thiserror::Error)]
pub enum ConsentError {
    #[error("case not found")]
    NotFound,
    #[error("not allowed")]
    Forbidden,
    #[error("no such purpose")]
    PurposeNotFound,
    #[error("the notice shown is not the current one")]
    NoticeChanged,
    #[error("no notice in this language and band")]
    NoticeUnavailable,
    #[error("the child's age is not recorded")]
    AgeUnknown,
    #[error("the caller cannot make this decision")]
    NotDecider,
    #[error("nothing to withdraw")]
    NothingToWithdraw,
    #[error("consent not granted: {purpose}")]
    NotGranted {
        purpose: String,
        scope: Option<AccountId>,
    },
    #[error("an override needs a second approver")]
    OverrideSelfApproval,
    #[error("no such override request")]
    OverrideNotFound,
    #[error("member not found")]
    MemberNotFound,
    #[error("no such consent event")]
    EventNotFound,
    #[error("invalid value: {0}")]
    InvalidField(&'static str),
    #[error(transparent)]
    Storage(StorageError),
}

crate::storage_errors!(ConsentError);

fn current(
    catalog: &'static ConsentCatalog,
    purpose: &str,
) -> Result<&'static Purpose, ConsentError> {
    catalog
        .current(purpose)
        .ok_or(ConsentError::PurposeNotFound)
}

/// The purposes a server publishes: the built-in ones, plus the new versions in
/// `consent_content_dir` (read once at start; a broken or conflicting file stops the
/// start with its reason).
pub fn catalog_for(
    settings: &crate::platform::config::Settings,
) -> Result<&'static ConsentCatalog, String> {
    fn walk(
        root: &std::path::Path,
        dir: &std::path::Path,
        out: &mut Vec<(String, String)>,
    ) -> Result<(), String> {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if path.extension().is_some_and(|e| e == "ftl" || e == "toml") {
                let rel = path
                    .strip_prefix(root)
                    .map_err(|e| e.to_string())?
                    .to_string_lossy()
                    .replace('\\', "/");
                let source = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                out.push((rel, source));
            }
        }
        Ok(())
    }
    let Some(dir) = &settings.consent_content_dir else {
        return Ok(ConsentCatalog::embedded());
    };
    let mut files = Vec::new();
    walk(dir, dir, &mut files)?;
    let catalog = ConsentCatalog::with_extra(files).map_err(|errors| errors.join("; "))?;
    Ok(Box::leak(Box::new(catalog)))
}

/// The notice of a purpose for one language and band, as the API serves it (any published
/// version; the current one when `version` is `None`).
pub fn notice(
    catalog: &'static ConsentCatalog,
    purpose: &str,
    version: Option<u32>,
    locale: &str,
    band: AgeBand,
) -> Result<ConsentNotice, ConsentError> {
    let p = match version {
        Some(v) => catalog
            .purpose(purpose, v)
            .ok_or(ConsentError::PurposeNotFound)?,
        None => current(catalog, purpose)?,
    };
    let locale = Locale::parse(locale).map_err(|_| ConsentError::InvalidField("locale"))?;
    let lang = locale.langid().language.as_str().to_owned();
    let n = catalog
        .notice(&p.id, p.version, &lang, band)
        .ok_or(ConsentError::NoticeUnavailable)?;
    Ok(notice_view(p, n, &locale))
}

fn notice_view(p: &Purpose, n: &Notice, locale: &Locale) -> ConsentNotice {
    ConsentNotice {
        purpose: p.id.clone(),
        version: p.version,
        locale: n.locale.clone(),
        band: n.band,
        title: n.title.clone(),
        body: n.body.clone(),
        withdraw: n.withdraw.clone(),
        text: n.text.clone(),
        sha256: n.sha256.clone(),
        direction: locale.direction().as_str().to_owned(),
        legal_basis: p.legal_basis.as_str().to_owned(),
        data_categories: p.data_categories.clone(),
        special_categories: p.special_categories.clone(),
        recipients: p.recipients.clone(),
        retention: p.retention.clone(),
        scope: match p.scope {
            PurposeScope::None => "none",
            PurposeScope::Relative => "relative",
        }
        .to_owned(),
    }
}

/// The caller's active role in the case.
fn role_in(conn: &mut DbConn, caller: &Caller, case: CaseId) -> Result<MemberRole, ConsentError> {
    if !reach::case_exists(conn, case)? {
        return Err(ConsentError::NotFound);
    }
    reach::active_role(conn, case, caller.account_id)?.ok_or(ConsentError::NotFound)
}

/// The subject must be the case's child.
fn check_subject(contacts: &Contacts, subject: AccountId) -> Result<(), ConsentError> {
    match contacts.role_of(subject) {
        Some(MemberRole::Child) => Ok(()),
        _ => Err(ConsentError::MemberNotFound),
    }
}

/// The scope a purpose needs: a relative (an active family member of the case) for
/// contact, nothing otherwise.
fn check_scope(
    contacts: &Contacts,
    purpose: &Purpose,
    scope: Option<AccountId>,
) -> Result<String, ConsentError> {
    match (purpose.scope, scope) {
        (PurposeScope::None, None) => Ok(String::new()),
        (PurposeScope::Relative, Some(r)) if contacts.role_of(r) == Some(MemberRole::Family) => {
            Ok(r.to_string())
        }
        (PurposeScope::Relative, Some(_)) => Err(ConsentError::MemberNotFound),
        _ => Err(ConsentError::InvalidField("scope")),
    }
}

/// Records a child's age (caseworker of the case).
pub fn set_age(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    req: &ConsentAgeRequest,
    now: DateTime<Utc>,
) -> Result<(), ConsentError> {
    if role_in(tx, caller, case)? != MemberRole::Caseworker {
        return Err(ConsentError::Forbidden);
    }
    if req.years > 17 {
        return Err(ConsentError::InvalidField("years"));
    }
    let contacts = Contacts::of_case(tx, case)?;
    check_subject(&contacts, req.subject)?;
    repo::set_age(
        tx,
        req.subject,
        req.years,
        req.source.as_str(),
        caller.account_id,
        to_db_time(now),
    )?;
    audit::record(
        tx,
        Event::new(caller, Action::ConsentAgeSet)
            .case(case)
            .subject(Subject::Account(req.subject))
            .detail(req.source.as_str()),
        now,
    )?;
    Ok(())
}

/// Who is deciding, and whether in person.
struct Decider {
    account: AccountId,
    as_: ConsentDecider,
    in_person: bool,
}

/// Works out in whose name the caller acts: their own (the child, or a guardian of the
/// case), or, for a caseworker, the person in front of them (`on_behalf_of`).
fn decider(
    caller: &Caller,
    my_role: MemberRole,
    contacts: &Contacts,
    subject: AccountId,
    on_behalf_of: Option<AccountId>,
) -> Result<Decider, ConsentError> {
    let capacity = |account: AccountId| match contacts.role_of(account) {
        Some(MemberRole::Child) if account == subject => Some(ConsentDecider::Child),
        Some(MemberRole::Guardian) => Some(ConsentDecider::Guardian),
        _ => None,
    };
    match (my_role, on_behalf_of) {
        (MemberRole::Caseworker, Some(person)) => Ok(Decider {
            account: person,
            as_: capacity(person).ok_or(ConsentError::NotDecider)?,
            in_person: true,
        }),
        (_, Some(_)) => Err(ConsentError::Forbidden),
        (_, None) => Ok(Decider {
            account: caller.account_id,
            as_: capacity(caller.account_id).ok_or(ConsentError::NotDecider)?,
            in_person: false,
        }),
    }
}

/// The subject's age now, from the recorded one.
fn age_of(
    conn: &mut DbConn,
    subject: AccountId,
    lock: bool,
    now: DateTime<Utc>,
) -> Result<Option<u8>, ConsentError> {
    Ok(repo::age(conn, subject, lock)?.map(|a| rules::age_now(a.age_years, a.as_of, now)))
}

/// What a new event says; the chain fields are filled in by [`append`].
struct NewEvent<'a> {
    subject: AccountId,
    case: CaseId,
    purpose: &'a Purpose,
    scope: String,
    kind: ConsentKind,
    decision: ConsentDecision,
    decided_by: Option<AccountId>,
    decided_as: ConsentDecider,
    modality: ConsentModality,
    notice: Option<(&'a str, AgeBand, &'a str)>,
    interpreter_locale: Option<String>,
    witness: Option<AccountId>,
    age: Option<u8>,
    age_band: Option<AgeBand>,
    reason: Option<String>,
    approved_by: Option<AccountId>,
}

/// The hash of an event: every field that says what happened, and the previous hash.
pub fn event_hash(e: &repo::EventRow) -> String {
    fn put(h: &mut Sha256, v: Option<&str>) {
        match v {
            None => h.update([0xff]),
            Some(s) => {
                h.update([0x00]);
                h.update((s.len() as u64).to_be_bytes());
                h.update(s.as_bytes());
            }
        }
    }
    let mut h = Sha256::new();
    h.update(b"kinbridge-consent-v1");
    let seq = e.seq.to_string();
    let version = e.purpose_version.to_string();
    let age = e.age_years.map(|a| a.to_string());
    let at = e.occurred_at.and_utc().timestamp_micros().to_string();
    let expires = e
        .expires_at
        .map(|x| x.and_utc().timestamp_micros().to_string());
    for v in [
        Some(e.id.as_str()),
        Some(e.subject.as_str()),
        Some(seq.as_str()),
        Some(e.case_id.as_str()),
        Some(e.purpose.as_str()),
        Some(version.as_str()),
        Some(e.scope.as_str()),
        Some(e.kind.as_str()),
        Some(e.decision.as_str()),
        e.decided_by.as_deref(),
        Some(e.decided_as.as_str()),
        Some(e.recorded_by.as_str()),
        Some(e.modality.as_str()),
        e.notice_locale.as_deref(),
        e.notice_band.as_deref(),
        e.notice_sha256.as_deref(),
        e.interpreter_locale.as_deref(),
        e.witness.as_deref(),
        age.as_deref(),
        e.age_band.as_deref(),
        e.reason.as_deref(),
        e.approved_by.as_deref(),
        Some(at.as_str()),
        expires.as_deref(),
        Some(e.prev_hash.as_str()),
    ] {
        put(&mut h, v);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether a subject's chain is whole: numbered from 1 without gaps, each event's hash
/// its own, each linked to the one before.
pub fn chain_intact(events: &[repo::EventRow]) -> bool {
    let mut prev = GENESIS.to_owned();
    for (i, e) in events.iter().enumerate() {
        if usize::try_from(e.seq).ok() != Some(i + 1)
            || e.prev_hash != prev
            || event_hash(e) != e.hash
        {
            return false;
        }
        prev.clone_from(&e.hash);
    }
    true
}

/// Appends an event to the subject's chain (after the caller locked the subject's age row)
/// and records it in the audit chain, with the event's hash, in the same transaction.
fn append(
    tx: &mut Tx<'_>,
    caller: &Caller,
    action: Action,
    e: NewEvent<'_>,
    now: DateTime<Utc>,
) -> Result<repo::EventRow, ConsentError> {
    let before = repo::events(tx, e.subject)?;
    let (seq, prev_hash) = before
        .last()
        .map_or((1, GENESIS.to_owned()), |l| (l.seq + 1, l.hash.clone()));
    let mut row = repo::EventRow {
        id: Uuid::new_v4().to_string(),
        subject: e.subject.to_string(),
        seq,
        case_id: e.case.to_string(),
        purpose: e.purpose.id.clone(),
        purpose_version: i32::try_from(e.purpose.version).unwrap_or(i32::MAX),
        scope: e.scope,
        kind: e.kind.as_str().to_owned(),
        decision: e.decision.as_str().to_owned(),
        decided_by: e.decided_by.map(|a| a.to_string()),
        decided_as: e.decided_as.as_str().to_owned(),
        // Who recorded it is always the caller: the person in the app, or the caseworker.
        recorded_by: caller.account_id.to_string(),
        modality: e.modality.as_str().to_owned(),
        notice_locale: e.notice.map(|n| n.0.to_owned()),
        notice_band: e.notice.map(|n| n.1.as_str().to_owned()),
        notice_sha256: e.notice.map(|n| n.2.to_owned()),
        interpreter_locale: e.interpreter_locale,
        witness: e.witness.map(|w| w.to_string()),
        age_years: e.age.map(i32::from),
        age_band: e.age_band.map(|b| b.as_str().to_owned()),
        reason: e.reason,
        approved_by: e.approved_by.map(|a| a.to_string()),
        // Microseconds, as both backends store them, so the hash reads back the same.
        occurred_at: to_db_time(now),
        expires_at: None,
        prev_hash,
        hash: String::new(),
    };
    row.hash = event_hash(&row);
    repo::insert_event(tx, &row)?;
    audit::record(
        tx,
        Event::new(caller, action)
            .case(e.case)
            .subject(Subject::Account(e.subject))
            .detail(format!("{}:{}:{}", row.purpose, row.decision, row.hash)),
        now,
    )?;
    Ok(row)
}

/// Tells the child, their guardians and the case's caseworkers where a consent stands now
/// (once the transaction commits).
fn tell_changed(
    tx: &mut Tx<'_>,
    contacts: &Contacts,
    case: CaseId,
    subject: AccountId,
    purpose: &str,
    scope: Option<AccountId>,
    status: ConsentStatus,
) {
    for &(account, role) in contacts.members() {
        let told = match role {
            MemberRole::Child => account == subject,
            MemberRole::Guardian | MemberRole::Caseworker => true,
            MemberRole::Family | MemberRole::LegalRepresentative => false,
        };
        if told {
            tx.notify(Frame::Account {
                account,
                frame: ServerFrame::ConsentChanged {
                    case_id: case,
                    subject,
                    purpose: purpose.to_owned(),
                    scope,
                    status,
                },
            });
        }
    }
}

/// A caseworker asks for a consent: a `requested` event in the child's chain, and the
/// child (and, below the age at which the child decides alone, the case's guardians) are
/// told at once.
pub fn request(
    tx: &mut Tx<'_>,
    caller: &Caller,
    rules: Rules,
    case: CaseId,
    req: &ConsentRequest,
    now: DateTime<Utc>,
) -> Result<ConsentEventView, ConsentError> {
    if role_in(tx, caller, case)? != MemberRole::Caseworker {
        return Err(ConsentError::Forbidden);
    }
    let contacts = Contacts::of_case(tx, case)?;
    check_subject(&contacts, req.subject)?;
    let purpose = current(rules.catalog, &req.purpose)?;
    let scope = check_scope(&contacts, purpose, req.scope)?;
    let age = age_of(tx, req.subject, true, now)?.ok_or(ConsentError::AgeUnknown)?;
    let child = accounts::find(tx, req.subject)?.ok_or(ConsentError::MemberNotFound)?;
    let row = append(
        tx,
        caller,
        Action::ConsentRequest,
        NewEvent {
            subject: req.subject,
            case,
            purpose,
            scope,
            kind: ConsentKind::Consent,
            decision: ConsentDecision::Requested,
            decided_by: Some(caller.account_id),
            decided_as: ConsentDecider::Staff,
            modality: ConsentModality::InApp,
            notice: None,
            interpreter_locale: None,
            witness: None,
            age: Some(age),
            age_band: child.age_band,
            reason: None,
            approved_by: None,
        },
        now,
    )?;
    for &(account, role) in contacts.members() {
        let asked = match role {
            MemberRole::Child => account == req.subject,
            MemberRole::Guardian => !rules.decides_alone(age),
            _ => false,
        };
        if asked {
            tx.notify(Frame::Account {
                account,
                frame: ServerFrame::ConsentRequested {
                    case_id: case,
                    subject: req.subject,
                    purpose: purpose.id.clone(),
                    scope: req.scope,
                },
            });
        }
    }
    Ok(event_view(row)?)
}

/// A child who reached the age at which they decide alone (`consent_own_from_age`): every
/// consent of theirs that their guardian's consent and their own assent carried until now
/// stops being in force (the rules say so by themselves) and waits for the child's own
/// answer. This pass asks them once per recorded age: the child's app is told for each
/// such consent (`consent_requested`), the child, their guardians and caseworkers learn it
/// is pending (`consent_changed`), and each prompt is an audit event. Returns how many
/// consents were put to a child.
pub fn prompt_at_own_age(
    tx: &mut Tx<'_>,
    rules: Rules,
    now: DateTime<Utc>,
) -> Result<usize, ConsentError> {
    let mut prompted = 0;
    for (raw, years, as_of) in repo::ages_not_prompted(tx)? {
        let Ok(child) = AccountId::parse(&raw) else {
            continue;
        };
        if !rules.decides_alone(rules::age_now(years, as_of, now)) {
            continue;
        }
        let mut decided = std::collections::BTreeSet::new();
        for e in repo::events(tx, child)? {
            decided.insert((e.case_id, e.purpose, e.scope));
        }
        for (case, purpose, scope) in decided {
            let (Ok(case), Some(_)) = (CaseId::parse(&case), rules.catalog.valid_from(&purpose))
            else {
                continue;
            };
            let scope = (!scope.is_empty())
                .then(|| AccountId::parse(&scope).ok())
                .flatten();
            let (status, deciders) = status_of(tx, rules, child, &purpose, scope, now)?;
            let contacts = Contacts::of_case(tx, case)?;
            if status != ConsentStatus::Pending
                || !deciders.contains(&ConsentDecider::Child)
                || contacts.role_of(child) != Some(MemberRole::Child)
            {
                continue;
            }
            tx.notify(Frame::Account {
                account: child,
                frame: ServerFrame::ConsentRequested {
                    case_id: case,
                    subject: child,
                    purpose: purpose.clone(),
                    scope,
                },
            });
            tell_changed(tx, &contacts, case, child, &purpose, scope, status);
            audit::record(
                tx,
                Event::new(audit::Actor::System, Action::ConsentRequest)
                    .case(case)
                    .subject(Subject::Account(child))
                    .detail(format!("{purpose}:own-age")),
                now,
            )?;
            prompted += 1;
        }
        repo::mark_prompted(tx, &raw, to_db_time(now))?;
    }
    Ok(prompted)
}

/// The status of one consent for a subject, from the stored events.
pub fn status_of(
    conn: &mut DbConn,
    rules: Rules,
    subject: AccountId,
    purpose: &str,
    scope: Option<AccountId>,
    now: DateTime<Utc>,
) -> Result<(ConsentStatus, Vec<ConsentDecider>), ConsentError> {
    let valid_from = rules
        .catalog
        .valid_from(purpose)
        .ok_or(ConsentError::PurposeNotFound)?;
    let Some(age) = age_of(conn, subject, false, now)? else {
        return Ok((ConsentStatus::Pending, vec![ConsentDecider::Child]));
    };
    let events = repo::events(conn, subject)?;
    let scope = scope.map(|s| s.to_string()).unwrap_or_default();
    let mine: Vec<&repo::EventRow> = events
        .iter()
        .filter(|e| e.purpose == purpose && e.scope == scope)
        .collect();
    Ok(rules::status(
        &mine,
        valid_from,
        age,
        rules,
        to_db_time(now),
    ))
}

/// What other capabilities ask before they act: the consent is in force, or
/// `ConsentError::NotGranted` names it.
pub fn require(
    conn: &mut DbConn,
    rules: Rules,
    subject: AccountId,
    purpose: &str,
    scope: Option<AccountId>,
    now: DateTime<Utc>,
) -> Result<(), ConsentError> {
    match status_of(conn, rules, subject, purpose, scope, now)?.0 {
        ConsentStatus::Granted => Ok(()),
        _ => Err(ConsentError::NotGranted {
            purpose: purpose.to_owned(),
            scope,
        }),
    }
}

/// What a decision changed: the consent's status before and after.
#[derive(Debug, Clone, Copy)]
pub struct Change {
    pub was: ConsentStatus,
    pub now: ConsentStatus,
}

/// Records a child's or guardian's answer: checks that the notice they answer is the
/// current version's, in a language and band that exists, that they may decide, and
/// appends the event (plus, for a child under the assent age, the assent marked as not
/// sought: age).
pub fn decide(
    tx: &mut Tx<'_>,
    caller: &Caller,
    rules: Rules,
    case: CaseId,
    req: &ConsentDecisionRequest,
    now: DateTime<Utc>,
) -> Result<(ConsentEventView, Change), ConsentError> {
    let my_role = role_in(tx, caller, case)?;
    let contacts = Contacts::of_case(tx, case)?;
    check_subject(&contacts, req.subject)?;
    let who = decider(caller, my_role, &contacts, req.subject, req.on_behalf_of)?;
    let purpose = current(rules.catalog, &req.purpose)?;
    let scope = check_scope(&contacts, purpose, req.scope)?;
    match (who.in_person, req.modality) {
        (true, ConsentModality::ReadAloud) | (false, ConsentModality::InApp) => {}
        _ => return Err(ConsentError::InvalidField("modality")),
    }
    let age = age_of(tx, req.subject, true, now)?.ok_or(ConsentError::AgeUnknown)?;
    let alone = rules.decides_alone(age);
    if who.as_ == ConsentDecider::Guardian && alone {
        return Err(ConsentError::NotDecider);
    }
    let child = accounts::find(tx, req.subject)?.ok_or(ConsentError::MemberNotFound)?;
    // The decider reads the notice for their own band: the child's, or the adult text.
    let band = match who.as_ {
        ConsentDecider::Child => child.age_band.unwrap_or(AgeBand::Adult),
        _ => AgeBand::Adult,
    };
    if req.notice.band != band {
        return Err(ConsentError::InvalidField("notice.band"));
    }
    let locale = Locale::parse(&req.notice.locale)
        .map_err(|_| ConsentError::InvalidField("notice.locale"))?;
    let lang = locale.langid().language.as_str().to_owned();
    let interpreter = req
        .interpreter_locale
        .as_deref()
        .map(|l| {
            Locale::parse(l)
                .map(|l| l.langid().to_string())
                .map_err(|_| ConsentError::InvalidField("interpreter_locale"))
        })
        .transpose()?;
    if !who.in_person && (interpreter.is_some() || req.witness.is_some()) {
        return Err(ConsentError::InvalidField("modality"));
    }
    if let Some(w) = req.witness {
        if w == caller.account_id
            || !matches!(
                contacts.role_of(w),
                Some(
                    MemberRole::Caseworker | MemberRole::Guardian | MemberRole::LegalRepresentative
                )
            )
        {
            return Err(ConsentError::InvalidField("witness"));
        }
    }
    if req.version != purpose.version {
        return Err(ConsentError::NoticeChanged);
    }
    let shown = rules
        .catalog
        .notice(&purpose.id, purpose.version, &lang, band)
        .ok_or(ConsentError::NoticeUnavailable)?;
    if shown.sha256 != req.notice.sha256 {
        return Err(ConsentError::NoticeChanged);
    }
    let was = status_of(tx, rules, req.subject, &purpose.id, req.scope, now)?.0;
    let kind = match who.as_ {
        ConsentDecider::Child if !alone => ConsentKind::Assent,
        _ => ConsentKind::Consent,
    };
    let decision = match req.decision {
        ConsentChoice::Given => ConsentDecision::Given,
        ConsentChoice::Refused => ConsentDecision::Refused,
    };
    let row = append(
        tx,
        caller,
        Action::ConsentDecide,
        NewEvent {
            subject: req.subject,
            case,
            purpose,
            scope: scope.clone(),
            kind,
            decision,
            decided_by: Some(who.account),
            decided_as: who.as_,
            modality: req.modality,
            notice: Some((shown.locale.as_str(), band, shown.sha256.as_str())),
            interpreter_locale: interpreter,
            witness: req.witness,
            age: Some(age),
            age_band: child.age_band,
            reason: None,
            approved_by: None,
        },
        now,
    )?;
    // Under the assent age the child is not asked; the record says so, once per version.
    if who.as_ == ConsentDecider::Guardian && age < rules.assent_from {
        let events = repo::events(tx, req.subject)?;
        let noted = events.iter().any(|e| {
            e.purpose == purpose.id
                && e.scope == scope
                && e.kind == ConsentKind::Assent.as_str()
                && i64::from(e.purpose_version) == i64::from(purpose.version)
        });
        if !noted {
            append(
                tx,
                caller,
                Action::ConsentDecide,
                NewEvent {
                    subject: req.subject,
                    case,
                    purpose,
                    scope,
                    kind: ConsentKind::Assent,
                    decision: ConsentDecision::NotSought,
                    decided_by: None,
                    decided_as: ConsentDecider::Child,
                    modality: req.modality,
                    notice: None,
                    interpreter_locale: None,
                    witness: None,
                    age: Some(age),
                    age_band: child.age_band,
                    reason: Some("age".to_owned()),
                    approved_by: None,
                },
                now,
            )?;
        }
    }
    let after = status_of(tx, rules, req.subject, &purpose.id, req.scope, now)?.0;
    tell_changed(
        tx,
        &contacts,
        case,
        req.subject,
        &purpose.id,
        req.scope,
        after,
    );
    Ok((event_view(row)?, Change { was, now: after }))
}

/// Takes a consent back: the person who gave it (or the caseworker for them), in as few
/// steps as giving it. Takes effect on the next request.
pub fn withdraw(
    tx: &mut Tx<'_>,
    caller: &Caller,
    rules: Rules,
    case: CaseId,
    req: &ConsentWithdrawRequest,
    now: DateTime<Utc>,
) -> Result<(ConsentEventView, Change), ConsentError> {
    let my_role = role_in(tx, caller, case)?;
    let contacts = Contacts::of_case(tx, case)?;
    check_subject(&contacts, req.subject)?;
    let who = decider(caller, my_role, &contacts, req.subject, req.on_behalf_of)?;
    let purpose = current(rules.catalog, &req.purpose)?;
    let scope = check_scope(&contacts, purpose, req.scope)?;
    let age = age_of(tx, req.subject, true, now)?.ok_or(ConsentError::AgeUnknown)?;
    let events = repo::events(tx, req.subject)?;
    // The newest answer of this person for this purpose: only a "yes" can be withdrawn.
    let last = events.iter().rev().find(|e| {
        e.purpose == purpose.id
            && e.scope == scope
            && e.decided_by.as_deref() == Some(who.account.to_string().as_str())
    });
    let Some(last) = last.filter(|e| e.decision == ConsentDecision::Given.as_str()) else {
        return Err(ConsentError::NothingToWithdraw);
    };
    let kind = ConsentKind::parse(&last.kind).unwrap_or(ConsentKind::Consent);
    let was = status_of(tx, rules, req.subject, &purpose.id, req.scope, now)?.0;
    let child = accounts::find(tx, req.subject)?.ok_or(ConsentError::MemberNotFound)?;
    let row = append(
        tx,
        caller,
        Action::ConsentWithdraw,
        NewEvent {
            subject: req.subject,
            case,
            purpose,
            scope,
            kind,
            decision: ConsentDecision::Withdrawn,
            decided_by: Some(who.account),
            decided_as: who.as_,
            modality: if who.in_person {
                ConsentModality::ReadAloud
            } else {
                ConsentModality::InApp
            },
            notice: None,
            interpreter_locale: None,
            witness: None,
            age: Some(age),
            age_band: child.age_band,
            reason: None,
            approved_by: None,
        },
        now,
    )?;
    let after = status_of(tx, rules, req.subject, &purpose.id, req.scope, now)?.0;
    tell_changed(
        tx,
        &contacts,
        case,
        req.subject,
        &purpose.id,
        req.scope,
        after,
    );
    Ok((event_view(row)?, Change { was, now: after }))
}

fn account(raw: &str) -> Result<AccountId, StorageError> {
    AccountId::parse(raw).map_err(|_| StorageError::Task("bad account id in consent_events".into()))
}

fn event_view(e: repo::EventRow) -> Result<ConsentEventView, StorageError> {
    let bad = |what: &str| StorageError::Task(format!("unknown {what} in consent_events"));
    Ok(ConsentEventView {
        seq: u32::try_from(e.seq).map_err(|_| bad("seq"))?,
        version: u32::try_from(e.purpose_version).map_err(|_| bad("version"))?,
        scope: if e.scope.is_empty() {
            None
        } else {
            Some(account(&e.scope)?)
        },
        kind: ConsentKind::parse(&e.kind).ok_or_else(|| bad("kind"))?,
        decision: ConsentDecision::parse(&e.decision).ok_or_else(|| bad("decision"))?,
        decided_by: e.decided_by.as_deref().map(account).transpose()?,
        decided_as: ConsentDecider::parse(&e.decided_as).ok_or_else(|| bad("decider"))?,
        recorded_by: account(&e.recorded_by)?,
        modality: ConsentModality::parse(&e.modality).ok_or_else(|| bad("modality"))?,
        notice_band: e.notice_band.as_deref().and_then(AgeBand::parse),
        witness: e.witness.as_deref().map(account).transpose()?,
        age_years: e.age_years.and_then(|a| u8::try_from(a).ok()),
        age_band: e.age_band.as_deref().and_then(AgeBand::parse),
        approved_by: e.approved_by.as_deref().map(account).transpose()?,
        at: from_db_time(e.occurred_at),
        id: e.id,
        purpose: e.purpose,
        notice_locale: e.notice_locale,
        notice_sha256: e.notice_sha256,
        interpreter_locale: e.interpreter_locale,
        reason: e.reason,
        hash: e.hash,
    })
}

/// A child's consent record: every event, whether the chain is whole, and the state of
/// each consent asked about. The child themselves, their guardian and the caseworker may
/// read it; the read is recorded.
pub fn record(
    conn: &mut DbConn,
    caller: &Caller,
    rules: Rules,
    case: CaseId,
    subject: AccountId,
    now: DateTime<Utc>,
) -> Result<Recorded<ConsentRecord>, ConsentError> {
    may_read_record(conn, caller, case, subject)?;
    let value = record_of(conn, rules, subject, now)?;
    Ok(Recorded::new(
        value,
        Event::new(caller, Action::ConsentList)
            .case(case)
            .subject(Subject::Account(subject)),
        now,
    ))
}

/// For a person's own export: their consent record and the views about them, if they
/// have any (the export is recorded by its caller).
pub fn own_records(
    conn: &mut DbConn,
    rules: Rules,
    subject: AccountId,
    now: DateTime<Utc>,
) -> Result<
    (
        Option<ConsentRecord>,
        Vec<kinbridge_protocol::api::ViewRecord>,
    ),
    ConsentError,
> {
    let has_events = !repo::events(conn, subject)?.is_empty();
    let record = if has_events {
        Some(record_of(conn, rules, subject, now)?)
    } else {
        None
    };
    Ok((record, views::views_of(conn, subject)?))
}

/// A child's consent record, unrecorded (the callers record the read).
fn record_of(
    conn: &mut DbConn,
    rules: Rules,
    subject: AccountId,
    now: DateTime<Utc>,
) -> Result<ConsentRecord, ConsentError> {
    let age = age_of(conn, subject, false, now)?;
    let events = repo::events(conn, subject)?;
    let intact = chain_intact(&events);
    let mut asked: Vec<(String, String)> = events
        .iter()
        .map(|e| (e.purpose.clone(), e.scope.clone()))
        .collect();
    asked.sort();
    asked.dedup();
    let mut states = Vec::new();
    for (purpose, scope) in asked {
        let Some(p) = rules.catalog.current(&purpose) else {
            continue;
        };
        let scope_id = if scope.is_empty() {
            None
        } else {
            Some(account(&scope)?)
        };
        let (status, waiting_for) = status_of(conn, rules, subject, &purpose, scope_id, now)?;
        states.push(ConsentStateView {
            purpose,
            version: p.version,
            scope: scope_id,
            status,
            waiting_for,
        });
    }
    Ok(ConsentRecord {
        subject,
        age_years: age,
        decides_alone_from: rules.own_from,
        states,
        events: events
            .into_iter()
            .map(event_view)
            .collect::<Result<_, _>>()?,
        chain_intact: intact,
    })
}

/// The child themselves, their guardian and the caseworker may read a child's record.
pub(crate) fn may_read_record(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    subject: AccountId,
) -> Result<(), ConsentError> {
    let my_role = role_in(conn, caller, case)?;
    let contacts = Contacts::of_case(conn, case)?;
    check_subject(&contacts, subject)?;
    match my_role {
        MemberRole::Child if caller.account_id == subject => Ok(()),
        MemberRole::Guardian | MemberRole::Caseworker => Ok(()),
        _ => Err(ConsentError::Forbidden),
    }
}

/// Staff ask to go ahead despite a refusal, with a reason from a fixed list.
pub fn request_override(
    tx: &mut Tx<'_>,
    caller: &Caller,
    rules: Rules,
    case: CaseId,
    req: &ConsentOverrideRequest,
    now: DateTime<Utc>,
) -> Result<ConsentOverrideView, ConsentError> {
    if role_in(tx, caller, case)? != MemberRole::Caseworker {
        return Err(ConsentError::Forbidden);
    }
    let contacts = Contacts::of_case(tx, case)?;
    check_subject(&contacts, req.subject)?;
    let purpose = current(rules.catalog, &req.purpose)?;
    let scope = check_scope(&contacts, purpose, req.scope)?;
    let row = repo::OverrideRow {
        id: Uuid::new_v4().to_string(),
        subject: req.subject.to_string(),
        case_id: case.to_string(),
        purpose: purpose.id.clone(),
        scope,
        reason: req.reason.as_str().to_owned(),
        requested_by: caller.account_id.to_string(),
        requested_at: to_db_time(now),
    };
    repo::insert_override(tx, &row)?;
    audit::record(
        tx,
        Event::new(caller, Action::ConsentOverrideRequest)
            .case(case)
            .subject(Subject::Account(req.subject))
            .detail(format!("{}:{}", row.purpose, row.reason)),
        now,
    )?;
    override_view(row).map_err(Into::into)
}

fn override_view(r: repo::OverrideRow) -> Result<ConsentOverrideView, StorageError> {
    Ok(ConsentOverrideView {
        subject: account(&r.subject)?,
        scope: if r.scope.is_empty() {
            None
        } else {
            Some(account(&r.scope)?)
        },
        reason: OverrideReason::parse(&r.reason)
            .ok_or_else(|| StorageError::Task("unknown override reason".into()))?,
        requested_by: account(&r.requested_by)?,
        requested_at: from_db_time(r.requested_at),
        id: r.id,
        purpose: r.purpose,
    })
}

/// The override requests waiting in a case (its caseworkers, and supervisors).
pub fn overrides(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    now: DateTime<Utc>,
) -> Result<Recorded<Vec<ConsentOverrideView>>, ConsentError> {
    may_approve(conn, caller, case)?;
    let value = repo::overrides(conn, case)?
        .into_iter()
        .map(override_view)
        .collect::<Result<_, _>>()?;
    Ok(Recorded::new(
        value,
        Event::new(caller, Action::ConsentList)
            .case(case)
            .detail("overrides"),
        now,
    ))
}

fn may_approve(conn: &mut DbConn, caller: &Caller, case: CaseId) -> Result<(), ConsentError> {
    if !reach::case_exists(conn, case)? {
        return Err(ConsentError::NotFound);
    }
    let member = reach::active_role(conn, case, caller.account_id)?;
    match (caller.role, member) {
        (AccountRole::Supervisor, _) | (_, Some(MemberRole::Caseworker)) => Ok(()),
        (_, Some(_)) => Err(ConsentError::Forbidden),
        (_, None) => Err(ConsentError::NotFound),
    }
}

/// A second staff member (another caseworker of the case, or a supervisor) approves an
/// override: the subject's chain gets an `overridden` event naming both, and the waiting
/// request goes.
pub fn approve_override(
    tx: &mut Tx<'_>,
    caller: &Caller,
    rules: Rules,
    case: CaseId,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<ConsentEventView, ConsentError> {
    may_approve(tx, caller, case)?;
    let row = repo::find_override(tx, &id.to_string())?
        .filter(|r| r.case_id == case.to_string())
        .ok_or(ConsentError::OverrideNotFound)?;
    let requester = account(&row.requested_by)?;
    if requester == caller.account_id {
        return Err(ConsentError::OverrideSelfApproval);
    }
    let subject = account(&row.subject)?;
    let purpose = current(rules.catalog, &row.purpose)?;
    // Locks the child's chain (and an override for a child whose age is unknown makes no
    // sense: who had to agree is not known).
    let age = age_of(tx, subject, true, now)?.ok_or(ConsentError::AgeUnknown)?;
    let child = accounts::find(tx, subject)?.ok_or(ConsentError::MemberNotFound)?;
    if repo::delete_override(tx, &row.id)? != 1 {
        return Err(ConsentError::OverrideNotFound);
    }
    let event = append(
        tx,
        caller,
        Action::ConsentOverrideApprove,
        NewEvent {
            subject,
            case,
            purpose,
            scope: row.scope,
            kind: ConsentKind::Consent,
            decision: ConsentDecision::Overridden,
            decided_by: Some(requester),
            decided_as: ConsentDecider::Staff,
            modality: ConsentModality::InApp,
            notice: None,
            interpreter_locale: None,
            witness: None,
            age: Some(age),
            age_band: child.age_band,
            reason: Some(row.reason),
            approved_by: Some(caller.account_id),
        },
        now,
    )?;
    let contacts = Contacts::of_case(tx, case)?;
    let scope = if event.scope.is_empty() {
        None
    } else {
        Some(account(&event.scope)?)
    };
    let status = status_of(tx, rules, subject, &purpose.id, scope, now)?.0;
    tell_changed(tx, &contacts, case, subject, &purpose.id, scope, status);
    Ok(event_view(event)?)
}
