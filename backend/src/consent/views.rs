//! The child's views on decisions that affect them (UNCRC art. 12): that a caseworker
//! asked for them, and that the child (or a family member) gave them, on which decision,
//! when and by whom. What they said is end-to-end encrypted by the SDK to the case's
//! caseworkers and guardians; the server keeps only these facts.

use chrono::{DateTime, Utc};
use kinbridge_protocol::api::{ViewGiven, ViewRecord, ViewRequest};
use kinbridge_protocol::{
    AccountId, AgeBand, CaseId, ChildViews, MemberRole, ViewDecision, ViewForm,
};
use uuid::Uuid;

use super::{ConsentError, age_of, may_read_record, repo, role_in};
use crate::accounts;
use crate::platform::audit::{self, Action, Event, Recorded, Subject};
use crate::platform::db::{DbConn, StorageError, Tx, from_db_time, to_db_time};
use crate::platform::identity::Caller;
use crate::platform::reach::Contacts;

/// The age from which a child's views must be heard before a decision about where they
/// live (the same age their assent is asked from).
const VIEWS_FROM_AGE: u8 = 6;

/// The scope a decision needs: a relative of the case for contact, nothing otherwise.
fn scope_of(
    contacts: &Contacts,
    decision: ViewDecision,
    scope: Option<AccountId>,
) -> Result<String, ConsentError> {
    match (decision, scope) {
        (ViewDecision::ContactWithRelative, Some(r))
            if contacts.role_of(r) == Some(MemberRole::Family) =>
        {
            Ok(r.to_string())
        }
        (ViewDecision::ContactWithRelative, Some(_)) => Err(ConsentError::MemberNotFound),
        (ViewDecision::ContactWithRelative, None) => Err(ConsentError::InvalidField("scope")),
        (_, None) => Ok(String::new()),
        (_, Some(_)) => Err(ConsentError::InvalidField("scope")),
    }
}

fn check_child(contacts: &Contacts, subject: AccountId) -> Result<(), ConsentError> {
    match contacts.role_of(subject) {
        Some(MemberRole::Child) => Ok(()),
        _ => Err(ConsentError::MemberNotFound),
    }
}

/// A caseworker asks the child for their views on a decision.
pub fn request_views(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    req: &ViewRequest,
    now: DateTime<Utc>,
) -> Result<ViewRecord, ConsentError> {
    if role_in(tx, caller, case)? != MemberRole::Caseworker {
        return Err(ConsentError::Forbidden);
    }
    let contacts = Contacts::of_case(tx, case)?;
    check_child(&contacts, req.subject)?;
    let scope = scope_of(&contacts, req.decision, req.scope)?;
    let row = repo::ViewRow {
        id: Uuid::new_v4().to_string(),
        case_id: case.to_string(),
        subject: req.subject.to_string(),
        decision: req.decision.as_str().to_owned(),
        scope,
        kind: "sought".to_owned(),
        given_by: caller.account_id.to_string(),
        given_as: MemberRole::Caseworker.as_str().to_owned(),
        form: None,
        at: to_db_time(now),
    };
    repo::insert_view(tx, &row)?;
    audit::record(
        tx,
        Event::new(caller, Action::ViewRequest)
            .case(case)
            .subject(Subject::Account(req.subject))
            .detail(req.decision.as_str()),
        now,
    )?;
    Ok(view_record(row)?)
}

/// The child (about themselves) or a family member of the case records that they gave
/// their views; the SDK sends what they said, encrypted, to the caseworkers and guardians.
pub fn give_view(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    req: &ViewGiven,
    now: DateTime<Utc>,
) -> Result<ViewRecord, ConsentError> {
    let role = role_in(tx, caller, case)?;
    let contacts = Contacts::of_case(tx, case)?;
    check_child(&contacts, req.subject)?;
    match role {
        MemberRole::Child if caller.account_id == req.subject => {}
        MemberRole::Family => {}
        _ => return Err(ConsentError::Forbidden),
    }
    let scope = scope_of(&contacts, req.decision, req.scope)?;
    let row = repo::ViewRow {
        id: Uuid::new_v4().to_string(),
        case_id: case.to_string(),
        subject: req.subject.to_string(),
        decision: req.decision.as_str().to_owned(),
        scope,
        kind: "given".to_owned(),
        given_by: caller.account_id.to_string(),
        given_as: role.as_str().to_owned(),
        form: Some(req.form.as_str().to_owned()),
        at: to_db_time(now),
    };
    repo::insert_view(tx, &row)?;
    audit::record(
        tx,
        Event::new(caller, Action::ViewGive)
            .case(case)
            .subject(Subject::Account(req.subject))
            .detail(req.decision.as_str()),
        now,
    )?;
    Ok(view_record(row)?)
}

fn view_record(r: repo::ViewRow) -> Result<ViewRecord, StorageError> {
    let bad = |what: &str| StorageError::Task(format!("bad {what} in child_views"));
    let id = |raw: &str| AccountId::parse(raw).map_err(|_| bad("account"));
    Ok(ViewRecord {
        subject: id(&r.subject)?,
        decision: ViewDecision::parse(&r.decision).ok_or_else(|| bad("decision"))?,
        scope: if r.scope.is_empty() {
            None
        } else {
            Some(id(&r.scope)?)
        },
        by: id(&r.given_by)?,
        by_role: MemberRole::parse(&r.given_as).ok_or_else(|| bad("role"))?,
        form: r.form.as_deref().and_then(ViewForm::parse),
        at: from_db_time(r.at),
        id: r.id,
        kind: r.kind,
    })
}

/// The views sought and given about a child (the readers of their consent record).
pub fn views(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    subject: AccountId,
    now: DateTime<Utc>,
) -> Result<Recorded<Vec<ViewRecord>>, ConsentError> {
    may_read_record(conn, caller, case, subject)?;
    let value = repo::views(conn, case, subject)?
        .into_iter()
        .map(view_record)
        .collect::<Result<_, _>>()?;
    Ok(Recorded::new(
        value,
        Event::new(caller, Action::ViewsList)
            .case(case)
            .subject(Subject::Account(subject)),
        now,
    ))
}

/// Every view record about `subject` (their own export).
pub fn views_of(conn: &mut DbConn, subject: AccountId) -> Result<Vec<ViewRecord>, ConsentError> {
    Ok(repo::views_of(conn, subject)?
        .into_iter()
        .map(view_record)
        .collect::<Result<_, _>>()?)
}

/// Whether a decision about where `child` lives (the reunification plan, or where they
/// live while they wait) heard them: given, sought, not sought, or too young to be asked
/// (under 6, by their recorded age, or by their band when no age is recorded).
pub fn heard_on_placement(
    conn: &mut DbConn,
    case: CaseId,
    child: AccountId,
    now: DateTime<Utc>,
) -> Result<ChildViews, ConsentError> {
    let too_young = match age_of(conn, child, false, now)? {
        Some(age) => age < VIEWS_FROM_AGE,
        None => accounts::find(conn, child)?.and_then(|a| a.age_band) == Some(AgeBand::Band0To5),
    };
    if too_young {
        return Ok(ChildViews::TooYoung);
    }
    let rows = repo::views(conn, case, child)?;
    let about = |r: &&repo::ViewRow| {
        r.decision == ViewDecision::ReunificationPlan.as_str()
            || r.decision == ViewDecision::LivingWhileWaiting.as_str()
    };
    let given = rows
        .iter()
        .filter(about)
        .any(|r| r.kind == "given" && r.given_by == child.to_string());
    let sought = rows.iter().filter(about).any(|r| r.kind == "sought");
    Ok(match (given, sought) {
        (true, _) => ChildViews::Given,
        (false, true) => ChildViews::SoughtNotGiven,
        (false, false) => ChildViews::NotSought,
    })
}
