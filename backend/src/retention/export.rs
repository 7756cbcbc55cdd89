//! A person's own data as one document.

use chrono::{DateTime, Utc};
use kinbridge_l10n::Catalog;
use kinbridge_protocol::api::PersonalExport;

use crate::cases::{self, CasesError};
use crate::consent;
use crate::platform::audit::{Action, Event, Recorded};
use crate::platform::db::DbConn;
use crate::platform::identity::Caller;
use crate::{accounts, alerts};

pub const PERSONAL_FORMAT: &str = "kinbridge-personal-export/1";

/// Everything the server holds about the caller: their account, devices, the cases they
/// are in (as they may see them, with the stage history) and, where they may read it, who
/// on the staff side looked at each case (its first page).
pub fn personal(
    conn: &mut DbConn,
    caller: &Caller,
    rules: consent::Rules,
    accept_language: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Recorded<PersonalExport>, CasesError> {
    let account = accounts::me(conn, caller)?;
    let devices = accounts::device_views(conn, caller.account_id)?;
    let chain = Catalog::embedded().chain_for(account.locale.as_deref(), accept_language);
    let cases = cases::exported_for(
        conn,
        caller,
        &chain,
        (account.age_band, account.grammatical_form),
    )?;
    let (consent, views) = consent::own_records(conn, rules, caller.account_id, now)?;
    let (check_ins, alerts) = alerts::own_records(conn, caller.account_id)?;
    let export = PersonalExport {
        format: PERSONAL_FORMAT.to_owned(),
        exported_at: now,
        account,
        devices,
        cases,
        consent,
        views,
        check_ins,
        alerts,
    };
    Ok(Recorded::new(
        export,
        Event::new(caller, Action::AccountExport),
        now,
    ))
}
