//! Consent decisions about a case's child, with their effect on contact: a consent for
//! contact with a relative that stops being in force (withdrawn or refused) ends that
//! contact at once — the same as a caseworker blocking it — so nothing the relative
//! could do a moment ago still works on the next request.

use chrono::{DateTime, Utc};
use kinbridge_protocol::api::{ConsentDecisionRequest, ConsentEventView, ConsentWithdrawRequest};
use kinbridge_protocol::{AccountId, CaseId, ConsentStatus, ContactDecision, ContactReason};

use super::rules::tell_contacts_ended;
use super::{CasesError, repo};
use crate::consent::{self, CONTACT_RELATIVE, Change, Rules};
use crate::platform::audit::{self, Action, Event, Subject};
use crate::platform::db::{Tx, to_db_time};
use crate::platform::identity::Caller;
use crate::platform::reach::{self, Contacts};
use crate::sealed;

/// Records a child's or guardian's answer ([`consent::decide`]).
pub fn decide_consent(
    tx: &mut Tx<'_>,
    caller: &Caller,
    rules: Rules,
    case: CaseId,
    req: &ConsentDecisionRequest,
    now: DateTime<Utc>,
) -> Result<ConsentEventView, CasesError> {
    let (event, change) = consent::decide(tx, caller, rules, case, req, now)?;
    follow(
        tx,
        caller,
        case,
        &req.purpose,
        req.subject,
        req.scope,
        change,
        now,
    )?;
    Ok(event)
}

/// Takes a consent back ([`consent::withdraw`]).
pub fn withdraw_consent(
    tx: &mut Tx<'_>,
    caller: &Caller,
    rules: Rules,
    case: CaseId,
    req: &ConsentWithdrawRequest,
    now: DateTime<Utc>,
) -> Result<ConsentEventView, CasesError> {
    let (event, change) = consent::withdraw(tx, caller, rules, case, req, now)?;
    follow(
        tx,
        caller,
        case,
        &req.purpose,
        req.subject,
        req.scope,
        change,
        now,
    )?;
    Ok(event)
}

/// Ends the contact a consent allowed once it is no longer in force.
#[allow(
    clippy::too_many_arguments,
    reason = "one call site pair; a struct would only rename them"
)]
fn follow(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    purpose: &str,
    child: AccountId,
    scope: Option<AccountId>,
    change: Change,
    now: DateTime<Utc>,
) -> Result<(), CasesError> {
    let (Some(relative), true) = (scope, purpose == CONTACT_RELATIVE) else {
        return Ok(());
    };
    if change.was != ConsentStatus::Granted || change.now == ConsentStatus::Granted {
        return Ok(());
    }
    let contacts = Contacts::of_case(tx, case)?;
    if !contacts.allowed(child, relative) {
        return Ok(());
    }
    repo::insert_rule(
        tx,
        case,
        reach::ordered(child, relative),
        ContactDecision::Blocked,
        ContactReason::ConsentWithdrawn,
        caller.account_id,
        to_db_time(now),
    )?;
    sealed::withdraw_access_keys(tx, &[child, relative])?;
    tell_contacts_ended(tx, &[(child, relative)]);
    audit::record(
        tx,
        Event::new(caller, Action::CaseContactRuleSet)
            .case(case)
            .subject(Subject::Account(child))
            .subject(Subject::Account(relative))
            .detail(format!(
                "{}:{}",
                ContactDecision::Blocked,
                ContactReason::ConsentWithdrawn
            )),
        now,
    )?;
    Ok(())
}
