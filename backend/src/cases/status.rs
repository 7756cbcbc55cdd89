//! Where a case stands, in words made for the person reading: their language, their age
//! band, their form of address. Rendered from `content/` through `kinbridge-l10n`.

use chrono::{DateTime, Utc};
use kinbridge_l10n::{Catalog, LanguageIdentifier, STATUS_CONTENT};
use kinbridge_protocol::api::{CaseStatus, ServerFrame, StatusParts};
use kinbridge_protocol::{
    AccountRole, AgeBand, CaseId, CaseStage, DeviceId, GrammaticalForm, MemberRole,
};

use super::policy::CaseAction;
use super::{CasesError, authorize, recorded, repo, stage_of};
use crate::accounts::{self, Caller, parse_id};
use crate::audit::Event;
use crate::db::{DbConn, from_db_time};

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

impl Reader {
    fn of(row: &accounts::repo::AccountRow) -> Reader {
        let band = if row.role == AccountRole::Child.as_str() {
            row.age_band
                .as_deref()
                .and_then(AgeBand::parse)
                .unwrap_or(AgeBand::Adult)
        } else {
            AgeBand::Adult
        };
        Reader {
            band,
            form: row
                .grammatical_form
                .as_deref()
                .and_then(GrammaticalForm::parse),
            locale: row.locale.clone(),
        }
    }
}

/// Renders a case's status for a reader.
pub fn render(
    case_id: CaseId,
    stage: CaseStage,
    since: DateTime<Utc>,
    band: AgeBand,
    form: Option<GrammaticalForm>,
    chain: &[LanguageIdentifier],
) -> CaseStatus {
    let catalog = Catalog::embedded();
    let t = catalog.render_status(stage, band, form, chain);
    CaseStatus {
        case_id,
        stage,
        stage_since: since,
        locale: t.locale.to_string(),
        direction: t.direction.as_str().to_owned(),
        audience: band,
        content_version: catalog
            .content_version(STATUS_CONTENT)
            .unwrap_or_else(|| STATUS_CONTENT.to_owned()),
        parts: StatusParts {
            title: t.title,
            meaning: t.meaning,
            next: t.next,
            can_do: t.can_do,
            ask: t.ask,
        },
        reassurance: t.reassurance,
        contact: t.contact,
        complaint: t.complaint,
    }
}

/// The status of a case for one of its members. The member's stored language comes
/// first, then what their device asked for. Reading it is recorded in the audit chain.
pub fn status(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    accept_language: Option<&str>,
    now: DateTime<Utc>,
) -> Result<StatusForReader, CasesError> {
    let event = Event::new(caller, "case.status.view").case(case);
    recorded(conn, event, now, |conn| {
        authorize(conn, caller, case, CaseAction::View)?;
        let row = repo::find_case(conn, &case.to_string())?.ok_or(CasesError::NotFound)?;
        let account = accounts::repo::find_account(conn, &caller.account_id.to_string())?
            .ok_or(CasesError::NotFound)?;
        let reader = Reader::of(&account);
        let catalog = Catalog::embedded();
        let chain = catalog.chain_for(reader.locale.as_deref(), accept_language);
        Ok(StatusForReader {
            status: render(
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
}

/// After a stage change: the status, rendered for each child and family member of the
/// case, for each of their devices. Staff see changes in their own tools.
pub fn stage_notifications(
    conn: &mut DbConn,
    case: CaseId,
) -> Result<Vec<(DeviceId, ServerFrame)>, CasesError> {
    let case_s = case.to_string();
    let row = repo::find_case(conn, &case_s)?.ok_or(CasesError::NotFound)?;
    let stage = stage_of(&row.stage)?;
    let since = from_db_time(row.stage_since);
    let catalog = Catalog::embedded();
    let mut out = Vec::new();
    for member in repo::active_members(conn, &case_s)? {
        let role = MemberRole::parse(&member.role);
        if !matches!(role, Some(MemberRole::Child | MemberRole::Family)) {
            continue;
        }
        let Some(account) = accounts::repo::find_account(conn, &member.account_id)? else {
            continue;
        };
        let reader = Reader::of(&account);
        let chain = catalog.chain_for(reader.locale.as_deref(), None);
        let status = render(case, stage, since, reader.band, reader.form, &chain);
        let headline = catalog
            .format_for(
                &chain,
                "notification-stage-changed",
                reader.band,
                reader.form,
            )
            .text;
        for device in accounts::repo::devices_of(conn, &member.account_id)? {
            if device.revoked_at.is_some() {
                continue;
            }
            out.push((
                parse_id(&device.id)?,
                ServerFrame::CaseStatus {
                    headline: headline.clone(),
                    status: Box::new(status.clone()),
                },
            ));
        }
    }
    Ok(out)
}
