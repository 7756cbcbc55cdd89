//! Contact rules: the caseworker's decision for a pair of members, and who is told when a
//! contact ends.

use chrono::{DateTime, Utc};
use kinbridge_protocol::api::{ContactRuleRequest, ContactRuleView, ServerFrame};
use kinbridge_protocol::{AccountId, CaseId, ContactDecision, MemberRole};

use super::policy::CaseAction;
use super::{CasesError, authorize, recorded, repo};
use crate::consent;
use crate::platform::audit::{self, Action, Event, Recorded, Subject};
use crate::platform::db::{DbConn, StorageError, Tx, to_db_time};
use crate::platform::identity::Caller;
use crate::platform::notify::Notice;
use crate::platform::reach::{self, Contacts};
use crate::sealed;

/// The rules in force: every explicit decision (newest per pair) plus the built-in
/// defaults that no decision has replaced.
pub fn contact_rules(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    now: DateTime<Utc>,
) -> Result<Recorded<Vec<ContactRuleView>>, CasesError> {
    let event = Event::new(caller, Action::CaseContactRulesView).case(case);
    recorded(conn, event, now, |conn| {
        contact_rules_unrecorded(conn, caller, case)
    })
}

pub(super) fn contact_rules_unrecorded(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
) -> Result<Vec<ContactRuleView>, CasesError> {
    authorize(conn, caller, case, CaseAction::ViewContactRules)?;
    let contacts = Contacts::of_case(conn, case)?;
    let mut out = contacts
        .rules()
        .map(ContactRuleView::try_from)
        .collect::<Result<Vec<_>, StorageError>>()?;
    let members = contacts.members();
    for (i, &(a, _)) in members.iter().enumerate() {
        for &(b, _) in members.iter().skip(i + 1) {
            if contacts.has_rule(a, b) || !contacts.allowed(a, b) {
                continue;
            }
            let (member_a, member_b) = reach::ordered(a, b);
            out.push(ContactRuleView {
                member_a,
                member_b,
                decision: ContactDecision::Allowed,
                reason: None,
                set_by: None,
                set_at: None,
            });
        }
    }
    out.sort_by_key(|x| (x.member_a, x.member_b));
    Ok(out)
}

/// Records a caseworker's decision for a pair of members. Anything but "allowed" may end
/// a contact: both people's sealed-sender access keys are withdrawn, so the other cannot
/// keep writing to them anonymously, and their apps are told once it commits.
///
/// Contact between the child and a relative is allowed only while the consent for contact
/// with that relative is in force (`consent.not_granted` otherwise).
pub fn set_contact_rule(
    tx: &mut Tx<'_>,
    caller: &Caller,
    consent_rules: consent::Rules,
    case: CaseId,
    rule: &ContactRuleRequest,
    now: DateTime<Utc>,
) -> Result<Vec<ContactRuleView>, CasesError> {
    let (a, b) = (rule.member_a, rule.member_b);
    if a == b {
        return Err(CasesError::ContactRuleInvalid);
    }
    authorize(tx, caller, case, CaseAction::SetContactRule)?;
    let contacts = Contacts::of_case(tx, case)?;
    if contacts.role_of(a).is_none() || contacts.role_of(b).is_none() {
        return Err(CasesError::MemberNotFound);
    }
    let was_allowed = contacts.allowed(a, b);
    if rule.decision == ContactDecision::Allowed {
        // A missing child's phone may be in someone else's hands: no new contact until
        // they are found (contacts already allowed stay, and messages wait for them).
        for m in [a, b] {
            if contacts.role_of(m) == Some(MemberRole::Child)
                && !was_allowed
                && reach::is_missing(tx, m)?
            {
                return Err(CasesError::ChildMissing);
            }
        }
        let child_and_relative = match (contacts.role_of(a), contacts.role_of(b)) {
            (Some(MemberRole::Child), Some(MemberRole::Family)) => Some((a, b)),
            (Some(MemberRole::Family), Some(MemberRole::Child)) => Some((b, a)),
            _ => None,
        };
        if let Some((child, relative)) = child_and_relative {
            consent::require(
                tx,
                consent_rules,
                child,
                consent::CONTACT_RELATIVE,
                Some(relative),
                now,
            )?;
        }
    }
    repo::insert_rule(
        tx,
        case,
        reach::ordered(a, b),
        rule.decision,
        rule.reason,
        caller.account_id,
        to_db_time(now),
    )?;
    if rule.decision != ContactDecision::Allowed {
        sealed::withdraw_access_keys(tx, &[a, b])?;
        if was_allowed {
            tell_contacts_ended(tx, &[(a, b)]);
        }
    }
    audit::record(
        tx,
        Event::new(caller, Action::CaseContactRuleSet)
            .case(case)
            .subject(Subject::Account(a))
            .subject(Subject::Account(b))
            .detail(format!("{}:{}", rule.decision, rule.reason)),
        now,
    )?;
    contact_rules_unrecorded(tx, caller, case)
}

/// Tells each side of every pair that was in contact that the contact ended (once the
/// transaction commits). Someone who was never in contact with a person is not told about
/// them: for a child that would reveal them. (Withdrawn access keys are told by sealed.)
pub(super) fn tell_contacts_ended(tx: &mut Tx<'_>, pairs: &[(AccountId, AccountId)]) {
    for &(a, b) in pairs {
        for (account, other) in [(a, b), (b, a)] {
            tx.notify(Notice::Account {
                account,
                frame: ServerFrame::ContactBlocked { account_id: other },
            });
        }
    }
}
