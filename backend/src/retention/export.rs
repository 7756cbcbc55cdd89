//! Exports: a person's own data as one document, and a case for a transfer.

use chrono::{DateTime, Utc};
use kinbridge_l10n::Catalog;
use kinbridge_protocol::CaseId;
use kinbridge_protocol::api::{CaseExport, ExportedCase, PersonalExport};

use crate::accounts::{self, Caller};
use crate::audit::{self, Event};
use crate::cases::{self, CasesError, policy::CaseAction};
use crate::db::{DbConn, write_tx};

pub const PERSONAL_FORMAT: &str = "kinbridge-personal-export/1";
pub const CASE_FORMAT: &str = "kinbridge-case-export/1";

/// Everything the server holds about the caller: their account, devices, the cases they
/// are in (as they may see them, with the stage history) and, where they may read it, who
/// on the staff side looked at each case.
pub fn personal(
    conn: &mut DbConn,
    caller: &Caller,
    accept_language: Option<&str>,
    now: DateTime<Utc>,
) -> Result<PersonalExport, CasesError> {
    write_tx(conn, |conn| {
        let account = accounts::me(conn, caller)?;
        let devices = accounts::repo::devices_of(conn, &caller.account_id.to_string())?
            .into_iter()
            .map(accounts::device_view)
            .collect::<Result<Vec<_>, _>>()?;
        let chain = Catalog::embedded().chain_for(account.locale.as_deref(), accept_language);
        let mut out = Vec::new();
        for summary in cases::cases_of(conn, caller)? {
            let case = summary.case_id;
            let view = cases::view_unrecorded(conn, caller, case)?;
            let members = cases::members_unrecorded(conn, caller, case)?;
            let stage_history = cases::stage_history(conn, case)?;
            let access_log = match cases::authorize(conn, caller, case, CaseAction::ViewAccessLog) {
                Ok(_) => {
                    let rows = audit::staff_accesses(conn, case)?;
                    Some(audit::render_access(rows, &chain, account.age_band).0)
                }
                Err(CasesError::Forbidden) => None,
                Err(e) => return Err(e),
            };
            out.push(ExportedCase {
                case: view,
                members,
                stage_history,
                access_log,
            });
        }
        audit::record(conn, Event::new(caller, "account.export"), now)?;
        Ok(PersonalExport {
            format: PERSONAL_FORMAT.to_owned(),
            exported_at: now,
            account,
            devices,
            cases: out,
        })
    })
}

/// A whole case for a transfer to another organisation (its assigned caseworker only).
/// The consent check for sharing it comes with consent records.
pub fn case(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    accept_language: Option<&str>,
    now: DateTime<Utc>,
) -> Result<CaseExport, CasesError> {
    write_tx(conn, |conn| {
        cases::authorize(conn, caller, case, CaseAction::Export)?;
        let view = cases::view_unrecorded(conn, caller, case)?;
        let members = cases::members_unrecorded(conn, caller, case)?;
        let stage_history = cases::stage_history(conn, case)?;
        let contact_rules = cases::contact_rules_unrecorded(conn, caller, case)?;
        let chain = Catalog::embedded().chain_for(None, accept_language);
        let rows = audit::staff_accesses(conn, case)?;
        let access_log = audit::render_access(rows, &chain, None).0;
        audit::record(conn, Event::new(caller, "case.export").case(case), now)?;
        Ok(CaseExport {
            format: CASE_FORMAT.to_owned(),
            exported_at: now,
            case: view,
            members,
            stage_history,
            contact_rules,
            access_log,
        })
    })
}
