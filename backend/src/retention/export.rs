//! A person's own data as one document.

use chrono::{DateTime, Utc};
use kinbridge_l10n::Catalog;
use kinbridge_protocol::api::PersonalExport;

use crate::accounts;
use crate::cases::{self, CasesError};
use crate::platform::audit::{self, Action, Event};
use crate::platform::db::Tx;
use crate::platform::identity::Caller;

pub const PERSONAL_FORMAT: &str = "kinbridge-personal-export/1";

/// Everything the server holds about the caller: their account, devices, the cases they
/// are in (as they may see them, with the stage history) and, where they may read it, who
/// on the staff side looked at each case.
pub fn personal(
    tx: &mut Tx<'_>,
    caller: &Caller,
    accept_language: Option<&str>,
    now: DateTime<Utc>,
) -> Result<PersonalExport, CasesError> {
    let account = accounts::me(tx, caller)?;
    let devices = accounts::device_views(tx, caller.account_id)?;
    let chain = Catalog::embedded().chain_for(account.locale.as_deref(), accept_language);
    let cases = cases::exported_for(tx, caller, &chain, account.age_band)?;
    audit::record(tx, Event::new(caller, Action::AccountExport), now)?;
    Ok(PersonalExport {
        format: PERSONAL_FORMAT.to_owned(),
        exported_at: now,
        account,
        devices,
        cases,
    })
}
