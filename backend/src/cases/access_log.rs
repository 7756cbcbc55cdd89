//! Who on the staff side looked at or changed a case, as the child and their guardian
//! read it: the case's events from the audit chain, in words for the reader's age band and
//! language, one text per action.

use chrono::{DateTime, Utc};
use kinbridge_l10n::{Catalog, Direction, FluentArgs, LanguageIdentifier, Locale};
use kinbridge_protocol::api::{AccessEntry, AccessLog};
use kinbridge_protocol::{AccountId, AccountRole, AgeBand, CaseId, GrammaticalForm};

use super::policy::CaseAction;
use super::{CasesError, authorize};
use crate::accounts;
use crate::platform::audit::{self, Action, Event, Recorded, Subject};
use crate::platform::db::{DbConn, StorageError};
use crate::platform::identity::Caller;

/// One staff access to a case, or a new phone on the account of someone in it.
#[derive(Debug, Clone)]
pub(super) struct StaffAccess {
    pub occurred_at: DateTime<Utc>,
    pub action: String,
    /// The staff member who acted (for a new phone: who issued its code).
    pub actor_role: AccountRole,
    pub actor_name: Option<String>,
    /// For a new phone: whose account it joined, and their role.
    pub device_owner: Option<(AccountId, AccountRole)>,
}

/// Where a page of the access log ends: after the event with this sequence number.
pub type Cursor = i64;

/// The most entries one page holds, and how many a page holds when the reader does not say.
pub const PAGE_MAX: usize = 500;
pub const PAGE_DEFAULT: usize = 100;

/// How many of a case's events one page may look at: most events are members' own
/// activity, which the log leaves out, so a page may end short of `limit` entries (with a
/// cursor) rather than scan an unbounded history in one request.
const SCAN_MAX: usize = 5_000;

/// One page of staff accesses: up to `limit` entries after `after`, and where the next page
/// starts (`None` at the end of the log).
pub(super) struct Page {
    pub rows: Vec<StaffAccess>,
    pub next: Option<Cursor>,
}

/// The accesses and changes to a case made by staff, oldest first, and every phone added
/// to the account of someone in the case (with who issued its code): never other members'
/// (children's, families') own activity. Read in bounded chunks of the chain.
pub(super) fn staff_accesses(
    conn: &mut DbConn,
    case: CaseId,
    after: Cursor,
    limit: usize,
) -> Result<Page, StorageError> {
    let limit = limit.clamp(1, PAGE_MAX);
    let chunk = (limit * 2).max(64);
    let (mut rows, mut cursor, mut scanned) = (Vec::new(), after, 0);
    loop {
        let events = audit::case_events(conn, case, cursor, chunk as i64)?;
        let exhausted = events.len() < chunk;
        for (index, access) in staff_only(conn, &events)? {
            rows.push(access);
            if rows.len() == limit {
                let at = events[index].seq;
                let more = !exhausted || index + 1 < events.len();
                return Ok(Page {
                    rows,
                    next: more.then_some(at),
                });
            }
        }
        scanned += events.len();
        match events.last() {
            Some(last) if !exhausted => cursor = last.seq,
            _ => return Ok(Page { rows, next: None }),
        }
        if scanned >= SCAN_MAX {
            return Ok(Page {
                rows,
                next: Some(cursor),
            });
        }
    }
}

/// The staff accesses among `events`, each with its index in `events`.
fn staff_only(
    conn: &mut DbConn,
    events: &[audit::CaseEvent],
) -> Result<Vec<(usize, StaffAccess)>, StorageError> {
    let enrolled = Action::AccountEnrol.as_str();
    let issuer = |e: &audit::CaseEvent| {
        e.subjects.iter().find_map(|s| match s {
            Subject::Account(a) if Some(*a) != e.actor => Some(*a),
            _ => None,
        })
    };
    let mut people: Vec<AccountId> = events
        .iter()
        .flat_map(|e| e.actor.into_iter().chain(issuer(e)))
        .collect();
    people.sort();
    people.dedup();
    let known = accounts::find_many(conn, &people)?;
    let find = |id: AccountId| known.iter().find(|a| a.id == id);
    Ok(events
        .iter()
        .enumerate()
        .filter_map(|(index, e)| {
            let actor = find(e.actor?)?;
            let (staff, owner) = if e.action == enrolled {
                (find(issuer(e)?)?, Some((actor.id, actor.role)))
            } else {
                (actor, None)
            };
            if matches!(staff.role, AccountRole::Child | AccountRole::Family) {
                return None;
            }
            Some((
                index,
                StaffAccess {
                    occurred_at: e.occurred_at,
                    action: e.action.clone(),
                    actor_role: staff.role,
                    actor_name: staff.display_name.clone(),
                    device_owner: owner,
                },
            ))
        })
        .collect())
}

/// Renders staff accesses for a reader: in the first locale of `chain` that has the
/// texts, at the reader's age band.
pub(super) fn render(
    rows: Vec<StaffAccess>,
    (reader, form): (AccountId, Option<GrammaticalForm>),
    chain: &[LanguageIdentifier],
    band: Option<AgeBand>,
) -> (Vec<AccessEntry>, LanguageIdentifier, Direction) {
    let catalog = Catalog::embedded();
    let mut locale = chain
        .first()
        .cloned()
        .unwrap_or_else(kinbridge_l10n::source_langid);
    let mut direction = Locale::from(locale.clone()).direction();
    let entries = rows
        .into_iter()
        .map(|row| {
            let role_id = format!("role-{}", row.actor_role.as_str().replace('_', "-"));
            let name = row
                .actor_name
                .clone()
                .unwrap_or_else(|| catalog.format(chain, "access-someone", None).text);
            let mut args = FluentArgs::new();
            // A name in one script must not flip a line in another.
            args.set("name", kinbridge_l10n::isolate(&name));
            args.set("role", catalog.format(chain, &role_id, None).text);
            args.set(
                "band",
                kinbridge_l10n::band_word(band.unwrap_or(AgeBand::Adult)),
            );
            args.set("gender", form.unwrap_or(GrammaticalForm::Neutral).as_str());
            if let Some((owner, role)) = row.device_owner {
                let whose = match role {
                    _ if owner == reader => "you",
                    AccountRole::Child => "child",
                    _ => "other",
                };
                args.set("whose", whose);
            }
            // Every action has its text; a stored name no version of the server wrote
            // (an edited row) gets the general one.
            let id = match Action::parse(&row.action) {
                Some(action) => action.message_id(),
                None => {
                    tracing::warn!(audit.action = %row.action, "unknown action in the audit log");
                    "access-other".to_owned()
                }
            };
            let text = catalog.format(chain, &id, Some(&args));
            locale = text.locale.clone();
            direction = text.direction;
            AccessEntry {
                at: row.occurred_at,
                action: row.action,
                actor_role: Some(row.actor_role),
                actor_name: row.actor_name,
                text: text.text,
            }
        })
        .collect();
    (entries, locale, direction)
}

/// The access log of a case for one of its members (child, guardian, caseworker): who on
/// the staff side looked at or changed it, and when; one page of it, after `after`.
/// Reading it is itself recorded.
/// The actions about a child's wellbeing (check-ins, calls for help, missing reports and
/// the alerts they raise).
const ABOUT_WELLBEING: &[&str] = &[
    "checkin.record",
    "checkin.rhythm.set",
    "checkins.list",
    "help.request",
    "missing.flag",
    "alert.escalate",
    "alert.acknowledge",
    "alert.resolve",
    "case.risk.set",
];

/// The rows `caller` may read: someone a complaint by or about the child names never
/// learns of the child's alerts, check-ins or calls for help from the log (nor from an
/// export of it).
pub(super) fn for_reader(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    mut rows: Vec<StaffAccess>,
) -> Result<Vec<StaffAccess>, CasesError> {
    if hidden_from_reader(conn, caller, case)? {
        rows.retain(|r| !ABOUT_WELLBEING.contains(&r.action.as_str()));
    }
    Ok(rows)
}

/// Whether a complaint by or about the case's child names the reader (or someone above
/// them).
fn hidden_from_reader(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
) -> Result<bool, CasesError> {
    let contacts = crate::platform::reach::Contacts::of_case(conn, case)?;
    for (member, role) in contacts.members() {
        if *role == kinbridge_protocol::MemberRole::Child
            && crate::complaints::hidden_in_case(conn, case, *member, caller.account_id)
                .map_err(|e| CasesError::Storage(StorageError::Task(e.to_string())))?
        {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn access_log(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    page: (Cursor, usize),
    accept_language: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Recorded<AccessLog>, CasesError> {
    authorize(conn, caller, case, CaseAction::ViewAccessLog)?;
    let reader = accounts::find(conn, caller.account_id)?;
    let band = reader.as_ref().and_then(|r| r.age_band);
    let chain = Catalog::embedded().chain_for(
        reader.as_ref().and_then(|r| r.locale.as_deref()),
        accept_language,
    );
    let Page { rows, next } = staff_accesses(conn, case, page.0, page.1)?;
    let rows = for_reader(conn, caller, case, rows)?;
    let form = reader.as_ref().and_then(|r| r.grammatical_form);
    let (entries, locale, direction) = render(rows, (caller.account_id, form), &chain, band);
    let log = AccessLog {
        case_id: case,
        locale: locale.to_string(),
        direction: direction.as_str().to_owned(),
        entries,
        next: next.map(|n| n.to_string()),
    };
    let event = Event::new(caller, Action::CaseAccessLogView).case(case);
    Ok(Recorded::new(log, event, now))
}
