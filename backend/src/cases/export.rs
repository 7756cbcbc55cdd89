//! Cases as documents: the caller's cases for their own export, and a whole case for a
//! transfer to another organisation.

use chrono::{DateTime, Utc};
use kinbridge_l10n::{Catalog, LanguageIdentifier};
use kinbridge_protocol::api::{CaseExport, ExportedCase};
use kinbridge_protocol::{AgeBand, CaseId, GrammaticalForm, MemberRole};

use super::members::members_unrecorded;
use super::policy::CaseAction;
use super::rules::contact_rules_unrecorded;
use super::views::stage_history;
use super::{CasesError, access_log, authorize, cases_of, view_unrecorded};
use crate::consent;
use crate::platform::audit::{Action, Event, Recorded};
use crate::platform::db::DbConn;
use crate::platform::identity::Caller;
use crate::platform::reach::Contacts;

/// The export format of a whole case.
pub const CASE_FORMAT: &str = "kinbridge-case-export/1";

/// The cases the caller is in, as they may see them, with the stage history and, where
/// they may read it, the first page of who on the staff side looked at each (for their own export; the
/// caller records the export).
pub fn exported_for(
    conn: &mut DbConn,
    caller: &Caller,
    chain: &[LanguageIdentifier],
    (band, form): (Option<AgeBand>, Option<GrammaticalForm>),
) -> Result<Vec<ExportedCase>, CasesError> {
    let mut out = Vec::new();
    for summary in cases_of(conn, caller.account_id)? {
        let case = summary.case_id;
        let access = match authorize(conn, caller, case, CaseAction::ViewAccessLog) {
            Ok(_) => {
                let page = access_log::staff_accesses(conn, case, 0, access_log::PAGE_MAX)?;
                let rows = access_log::for_reader(conn, caller, case, page.rows)?;
                let entries = access_log::render(rows, (caller.account_id, form), chain, band).0;
                (Some(entries), page.next.map(|n| n.to_string()))
            }
            Err(CasesError::Forbidden) => (None, None),
            Err(e) => return Err(e),
        };
        out.push(ExportedCase {
            case: view_unrecorded(conn, caller, case)?,
            members: members_unrecorded(conn, caller, case)?,
            stage_history: stage_history(conn, case)?,
            access_log: access.0,
            access_log_next: access.1,
        });
    }
    Ok(out)
}

/// A whole case for a transfer to another organisation (its assigned caseworker only),
/// with the first page of its access log. For a tracing partner (`tracing` holds the
/// consent rules), the child's consent to share case data with tracing partners must be
/// in force.
pub fn export(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    tracing: Option<consent::Rules>,
    accept_language: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Recorded<CaseExport>, CasesError> {
    authorize(conn, caller, case, CaseAction::Export)?;
    if let Some(rules) = tracing {
        let contacts = Contacts::of_case(conn, case)?;
        for &(child, role) in contacts.members() {
            if role == MemberRole::Child {
                consent::require(conn, rules, child, consent::SHARE_TRACING, None, now)?;
            }
        }
    }
    let view = view_unrecorded(conn, caller, case)?;
    let members = members_unrecorded(conn, caller, case)?;
    let stage_history = stage_history(conn, case)?;
    let contact_rules = contact_rules_unrecorded(conn, caller, case)?;
    let chain = Catalog::embedded().chain_for(None, accept_language);
    let page = access_log::staff_accesses(conn, case, 0, access_log::PAGE_MAX)?;
    let rows = access_log::for_reader(conn, caller, case, page.rows)?;
    let log = access_log::render(rows, (caller.account_id, None), &chain, None).0;
    let export = CaseExport {
        format: CASE_FORMAT.to_owned(),
        exported_at: now,
        case: view,
        members,
        stage_history,
        contact_rules,
        access_log: log,
        access_log_next: page.next.map(|n| n.to_string()),
    };
    let mut event = Event::new(caller, Action::CaseExport).case(case);
    if tracing.is_some() {
        event = event.detail("tracing_partner");
    }
    Ok(Recorded::new(export, event, now))
}
