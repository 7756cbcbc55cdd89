//! Where a case stands, in words made for the person reading: their language, their age
//! band, their form of address. Rendered from `content/` by `kinbridge-l10n`, the same
//! way the SDK renders it offline.

use chrono::{DateTime, Utc};
use kinbridge_l10n::Catalog;
use kinbridge_protocol::api::{CaseStatus, ServerFrame};
use kinbridge_protocol::{AccountRole, AgeBand, CaseId, GrammaticalForm, MemberRole};

use super::policy::CaseAction;
use super::views::stage_of;
use super::{CasesError, authorize, recorded, repo};
use crate::accounts::{self, Account};
use crate::platform::audit::{Action, Event, Recorded};
use crate::platform::cache::{Caches, StatusKey};
use crate::platform::db::{DbConn, Tx, from_db_time};
use crate::platform::identity::Caller;
use crate::platform::notify::Notice;
use crate::platform::reach::Contacts;

/// A status, and the language the reader asked for if it could not be served.
#[derive(Debug, Clone)]
pub struct StatusForReader {
    pub status: CaseStatus,
    pub unserved: Option<String>,
}

/// Who a reader is, for choosing words: their band (adult unless a child), form and locale.
struct Reader {
    band: AgeBand,
    form: Option<GrammaticalForm>,
    locale: Option<String>,
}

impl From<&Account> for Reader {
    fn from(account: &Account) -> Reader {
        let band = match account.role {
            AccountRole::Child => account.age_band.unwrap_or(AgeBand::Adult),
            _ => AgeBand::Adult,
        };
        Reader {
            band,
            form: account.grammatical_form,
            locale: account.locale.clone(),
        }
    }
}

/// The longest `Accept-Language` whose status is remembered (longer ones are rendered
/// each time: the cache's memory stays bounded by its entry count).
const CACHED_LANGUAGE_MAX: usize = 64;

fn status_key(caller: &Caller, case: CaseId, accept_language: Option<&str>) -> Option<StatusKey> {
    let lang = accept_language.map(str::to_owned);
    (lang.as_ref().map_or(0, String::len) <= CACHED_LANGUAGE_MAX).then_some((
        case,
        caller.account_id,
        lang,
    ))
}

/// The status of a case for one of its members, if this node rendered it for them
/// recently and nothing it depends on (the stage, their membership, their language) has
/// changed since: no database read. Reading it is recorded all the same.
pub fn cached_status(
    caches: &Caches,
    caller: &Caller,
    case: CaseId,
    accept_language: Option<&str>,
    now: DateTime<Utc>,
) -> Option<Recorded<StatusForReader>> {
    let (status, unserved) = caches
        .statuses
        .get(&status_key(caller, case, accept_language)?)?;
    let event = Event::new(caller, Action::CaseStatusView).case(case);
    Some(Recorded::new(
        StatusForReader { status, unserved },
        event,
        now,
    ))
}

/// The status of a case for one of its members. The member's stored language comes
/// first, then what their device asked for. Reading it is recorded in the audit chain.
pub fn status(
    conn: &mut DbConn,
    caches: &Caches,
    caller: &Caller,
    case: CaseId,
    accept_language: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Recorded<StatusForReader>, CasesError> {
    let event = Event::new(caller, Action::CaseStatusView).case(case);
    let key = status_key(caller, case, accept_language);
    let epoch = caches.statuses.epoch();
    recorded(conn, event, now, |conn| {
        authorize(conn, caller, case, CaseAction::View)?;
        let row = repo::find_case(conn, case)?.ok_or(CasesError::NotFound)?;
        let account = accounts::find(conn, caller.account_id)?.ok_or(CasesError::NotFound)?;
        let reader = Reader::from(&account);
        let catalog = Catalog::embedded();
        let chain = catalog.chain_for(reader.locale.as_deref(), accept_language);
        Ok(StatusForReader {
            status: catalog.case_status(
                case,
                stage_of(&row.stage)?,
                from_db_time(row.stage_since),
                reader.band,
                reader.form,
                &chain,
            ),
            unserved: catalog.unserved_request(reader.locale.as_deref(), accept_language),
        })
    })
    .inspect(|read| {
        if let Some(key) = key {
            let value = (read.value.status.clone(), read.value.unserved.clone());
            caches.statuses.put(key, value, epoch);
        }
    })
}

/// After a stage change, in its transaction: the new status, rendered for each child and
/// family member of the case, to be pushed to their devices once it commits. Staff see
/// changes in their own tools.
pub(super) fn notify_stage(tx: &mut Tx<'_>, case: CaseId) -> Result<(), CasesError> {
    let row = repo::find_case(tx, case)?.ok_or(CasesError::NotFound)?;
    let stage = stage_of(&row.stage)?;
    let since = from_db_time(row.stage_since);
    let readers: Vec<_> = Contacts::of_case(tx, case)?
        .members()
        .iter()
        .filter(|(_, role)| matches!(role, MemberRole::Child | MemberRole::Family))
        .map(|(account, _)| *account)
        .collect();
    let catalog = Catalog::embedded();
    for account in accounts::find_many(tx, &readers)? {
        let reader = Reader::from(&account);
        let chain = catalog.chain_for(reader.locale.as_deref(), None);
        let status = catalog.case_status(case, stage, since, reader.band, reader.form, &chain);
        let headline = catalog
            .format_for(
                &chain,
                "notification-stage-changed",
                reader.band,
                reader.form,
            )
            .text;
        tx.notify(Notice::Account {
            account: account.id,
            frame: ServerFrame::CaseStatus {
                headline,
                status: Box::new(status),
            },
        });
    }
    Ok(())
}
