//! Who on the staff side looked at or changed a case, as the child and their guardian
//! read it: the case's events from the audit chain, in words for the reader's age band and
//! language, one text per action.

use chrono::{DateTime, Utc};
use kinbridge_l10n::{Catalog, Direction, FluentArgs, LanguageIdentifier, Locale};
use kinbridge_protocol::api::{AccessEntry, AccessLog};
use kinbridge_protocol::{AccountId, AccountRole, AgeBand, CaseId};

use super::policy::CaseAction;
use super::{CasesError, authorize};
use crate::accounts;
use crate::platform::audit::{self, Action, Event, Subject};
use crate::platform::db::{DbConn, StorageError, Tx};
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

/// The accesses and changes to a case made by staff, oldest first, and every phone added
/// to the account of someone in the case (with who issued its code): never other members'
/// (children's, families') own activity.
pub(super) fn staff_accesses(
    conn: &mut DbConn,
    case: CaseId,
) -> Result<Vec<StaffAccess>, StorageError> {
    let events = audit::case_events(conn, case)?;
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
        .filter_map(|e| {
            let actor = find(e.actor?)?;
            let (staff, owner) = if e.action == enrolled {
                (find(issuer(e)?)?, Some((actor.id, actor.role)))
            } else {
                (actor, None)
            };
            if matches!(staff.role, AccountRole::Child | AccountRole::Family) {
                return None;
            }
            Some(StaffAccess {
                occurred_at: e.occurred_at,
                action: e.action.clone(),
                actor_role: staff.role,
                actor_name: staff.display_name.clone(),
                device_owner: owner,
            })
        })
        .collect())
}

/// Renders staff accesses for a reader: in the first locale of `chain` that has the
/// texts, at the reader's age band.
pub(super) fn render(
    rows: Vec<StaffAccess>,
    reader: AccountId,
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
            args.set("name", name);
            args.set("role", catalog.format(chain, &role_id, None).text);
            args.set(
                "band",
                kinbridge_l10n::band_word(band.unwrap_or(AgeBand::Adult)),
            );
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

/// The access log of a case for one of its members (child, guardian): who on the staff
/// side looked at or changed it, and when. Reading it is itself recorded.
pub fn access_log(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    accept_language: Option<&str>,
    now: DateTime<Utc>,
) -> Result<AccessLog, CasesError> {
    authorize(tx, caller, case, CaseAction::ViewAccessLog)?;
    let reader = accounts::find(tx, caller.account_id)?;
    let band = reader.as_ref().and_then(|r| r.age_band);
    let chain = Catalog::embedded().chain_for(
        reader.as_ref().and_then(|r| r.locale.as_deref()),
        accept_language,
    );
    let rows = staff_accesses(tx, case)?;
    audit::record(
        tx,
        Event::new(caller, Action::CaseAccessLogView).case(case),
        now,
    )?;
    let (entries, locale, direction) = render(rows, caller.account_id, &chain, band);
    Ok(AccessLog {
        case_id: case,
        locale: locale.to_string(),
        direction: direction.as_str().to_owned(),
        entries,
    })
}
