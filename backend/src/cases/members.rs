//! The people in a case: invitations, staff assignment, who a member may see, new codes
//! for replacement phones, and taking someone out of a case.

use chrono::{DateTime, Duration, Utc};
use kinbridge_l10n::Locale;
use kinbridge_protocol::api::{EnrolmentCodeResponse, InviteRequest, MemberView};
use kinbridge_protocol::{
    AccountId, AccountRole, AgeBand, CaseId, GrammaticalForm, MemberRole, Relationship,
};

use super::rules::tell_contacts_ended;
use super::views::role_of;
use super::{CasesError, authorize, policy, recorded, repo};
use crate::accounts::{self, DisplayName, NewPerson};
use crate::platform::audit::{self, Action, Event, Recorded, Subject};
use crate::platform::db::{DbConn, Tx, from_db_time, to_db_time};
use crate::platform::identity::Caller;
use crate::platform::reach::{self, Contacts};
use crate::platform::server_keys::ServerKeys;
use crate::sealed;
use policy::CaseAction;

/// An invitation, parsed: what the new account will be.
#[derive(Debug, Clone)]
pub struct Invitation {
    role: MemberRole,
    age_band: Option<AgeBand>,
    relationship: Option<Relationship>,
    display_name: Option<DisplayName>,
    locale: Option<Locale>,
    grammatical_form: Option<GrammaticalForm>,
}

impl Invitation {
    pub fn parse(req: InviteRequest) -> Result<Self, CasesError> {
        let locale = |raw: Option<String>| {
            raw.map(|l| Locale::parse(&l).map_err(|_| CasesError::InvalidField("locale")))
                .transpose()
        };
        let name = |raw: String| {
            DisplayName::parse(&raw).map_err(|_| CasesError::InvalidField("display_name"))
        };
        Ok(match req {
            InviteRequest::Child {
                age_band,
                locale: l,
                grammatical_form,
            } => {
                if age_band == AgeBand::Adult {
                    return Err(CasesError::InvalidField("age_band"));
                }
                Invitation {
                    role: MemberRole::Child,
                    age_band: Some(age_band),
                    relationship: None,
                    display_name: None,
                    locale: locale(l)?,
                    grammatical_form,
                }
            }
            InviteRequest::Family {
                relationship,
                locale: l,
                grammatical_form,
            } => Invitation {
                role: MemberRole::Family,
                age_band: None,
                relationship: Some(relationship),
                display_name: None,
                locale: locale(l)?,
                grammatical_form,
            },
            InviteRequest::Guardian {
                display_name,
                locale: l,
            } => Invitation {
                role: MemberRole::Guardian,
                age_band: None,
                relationship: None,
                display_name: Some(name(display_name)?),
                locale: locale(l)?,
                grammatical_form: None,
            },
            InviteRequest::LegalRepresentative {
                display_name,
                locale: l,
            } => Invitation {
                role: MemberRole::LegalRepresentative,
                age_band: None,
                relationship: None,
                display_name: Some(name(display_name)?),
                locale: locale(l)?,
                grammatical_form: None,
            },
        })
    }

    fn account_role(&self) -> AccountRole {
        match self.role {
            MemberRole::Child => AccountRole::Child,
            MemberRole::Family => AccountRole::Family,
            MemberRole::Guardian => AccountRole::Guardian,
            MemberRole::LegalRepresentative => AccountRole::LegalRepresentative,
            MemberRole::Caseworker => AccountRole::Caseworker,
        }
    }
}

/// Invites a person into the case: creates their account and membership and returns the
/// one-time code for their first device, all in the caller's transaction.
pub fn invite(
    tx: &mut Tx<'_>,
    keys: &ServerKeys,
    caller: &Caller,
    case: CaseId,
    invitation: &Invitation,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<EnrolmentCodeResponse, CasesError> {
    authorize(tx, caller, case, CaseAction::Invite)?;
    if matches!(
        invitation.role,
        MemberRole::Guardian | MemberRole::LegalRepresentative
    ) {
        refuse_while_missing(tx, case)?;
    }
    let account = accounts::create_person(
        tx,
        &NewPerson {
            role: invitation.account_role(),
            display_name: invitation.display_name.as_ref(),
            age_band: invitation.age_band,
            locale: invitation.locale.as_ref(),
            grammatical_form: invitation.grammatical_form,
            home_case: case,
            created_by: caller.account_id,
        },
        now,
    )?;
    repo::insert_member(
        tx,
        case,
        account,
        invitation.role,
        invitation.relationship.map(Relationship::as_str),
        caller.account_id,
        to_db_time(now),
    )?;
    let event = Event::new(caller, Action::CaseInvite)
        .case(case)
        .subject(Subject::Account(account))
        .detail(invitation.role.as_str());
    recorded_code(tx, keys, caller, account, event, now, ttl)
}

/// A new guardian or legal representative may reach the child by default: none joins while
/// the child is reported missing (their phone may be in someone else's hands). Caseworkers
/// may still be assigned, so a case can be handed over.
fn refuse_while_missing(tx: &mut Tx<'_>, case: CaseId) -> Result<(), CasesError> {
    let contacts = Contacts::of_case(tx, case)?;
    for (member, role) in contacts.members() {
        if *role == MemberRole::Child && reach::is_missing(tx, *member)? {
            return Err(CasesError::ChildMissing);
        }
    }
    Ok(())
}

/// Records `event` and issues a one-time enrolment code for `account` from the caller.
fn recorded_code(
    tx: &mut Tx<'_>,
    keys: &ServerKeys,
    caller: &Caller,
    account: AccountId,
    event: Event,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<EnrolmentCodeResponse, CasesError> {
    audit::record(tx, event, now)?;
    Ok(accounts::issue_code(
        tx,
        keys,
        account,
        Some(caller.account_id),
        now,
        ttl,
    )?)
}

/// Assigns an existing staff account (caseworker, guardian, legal representative).
pub fn assign_staff(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    account: AccountId,
    now: DateTime<Utc>,
) -> Result<Vec<MemberView>, CasesError> {
    authorize(tx, caller, case, CaseAction::AssignStaff)?;
    let target = accounts::find(tx, account)?.ok_or(CasesError::AccountNotFound)?;
    // Only staff accounts (no home case) can be assigned; invited people belong to
    // the case that invited them.
    let role = Some(target.role)
        .filter(|_| target.home_case.is_none())
        .and_then(policy::assignable)
        .ok_or(CasesError::NotAssignableStaff)?;
    if repo::membership_exists(tx, case, account)? {
        return Err(CasesError::AlreadyMember);
    }
    if matches!(role, MemberRole::Guardian | MemberRole::LegalRepresentative) {
        refuse_while_missing(tx, case)?;
    }
    repo::insert_member(
        tx,
        case,
        account,
        role,
        None,
        caller.account_id,
        to_db_time(now),
    )?;
    audit::record(
        tx,
        Event::new(caller, Action::CaseStaffAssign)
            .case(case)
            .subject(Subject::Account(account))
            .detail(role.as_str()),
        now,
    )?;
    members_unrecorded(tx, caller, case)
}

/// The members the caller may see: everyone for the caseworker and guardian; for others,
/// themselves, the case's staff, and the people they may contact.
pub fn members(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    now: DateTime<Utc>,
) -> Result<Recorded<Vec<MemberView>>, CasesError> {
    let event = Event::new(caller, Action::CaseMembersView).case(case);
    recorded(conn, event, now, |conn| {
        members_unrecorded(conn, caller, case)
    })
}

pub(super) fn members_unrecorded(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
) -> Result<Vec<MemberView>, CasesError> {
    let my_role = authorize(conn, caller, case, CaseAction::ViewMembers)?;
    let contacts = Contacts::of_case(conn, case)?;
    let rows = repo::active_members(conn, case)?;
    let me = caller.account_id;
    let sees_all = policy::sees_all_members(my_role);
    let ids: Vec<AccountId> = rows.iter().map(|r| r.account_id).collect();
    let enrolled = accounts::enrolled_among(conn, &ids)?;
    let people = accounts::find_many(conn, &ids)?;
    let mut out = Vec::new();
    for row in rows {
        let role = role_of(&row.role)?;
        let visible = sees_all
            || row.account_id == me
            || policy::is_staff_member(role)
            || contacts.allowed(me, row.account_id);
        if !visible {
            continue;
        }
        let person = people.iter().find(|p| p.id == row.account_id);
        out.push(MemberView {
            account_id: row.account_id,
            role,
            relationship: row.relationship.as_deref().and_then(Relationship::parse),
            display_name: person.and_then(|p| p.display_name.clone()),
            // The age band is for the people who look after the child.
            age_band: if sees_all || row.account_id == me {
                person.and_then(|p| p.age_band)
            } else {
                None
            },
            enrolled: enrolled.contains(&row.account_id),
            added_at: from_db_time(row.added_at),
        });
    }
    Ok(out)
}

/// A new enrolment code for a person invited into this case (a lost or replaced phone).
pub fn reissue_member_code(
    tx: &mut Tx<'_>,
    keys: &ServerKeys,
    caller: &Caller,
    case: CaseId,
    account: AccountId,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<EnrolmentCodeResponse, CasesError> {
    authorize(tx, caller, case, CaseAction::ReissueMemberCode)?;
    accounts::find(tx, account)?
        .filter(|t| t.home_case == Some(case))
        .ok_or(CasesError::MemberNotFound)?;
    if reach::active_role(tx, case, account)?.is_none() {
        return Err(CasesError::MemberNotFound);
    }
    let event = Event::new(caller, Action::CaseMemberCodeReissue)
        .case(case)
        .subject(Subject::Account(account));
    recorded_code(tx, keys, caller, account, event, now, ttl)
}

/// Takes someone out of a case (caseworker; not the child, not oneself). They lose every
/// contact the case gave them at once; the sealed-sender access keys of everyone in the
/// case (and theirs) are withdrawn, and circle members' apps move to new circle keys the
/// removed person does not get. The people concerned are told once it commits.
pub fn remove_member(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    member: AccountId,
    now: DateTime<Utc>,
) -> Result<(), CasesError> {
    authorize(tx, caller, case, CaseAction::RemoveMember)?;
    let contacts = Contacts::of_case(tx, case)?;
    let role = contacts.role_of(member).ok_or(CasesError::MemberNotFound)?;
    // The case is the child's; and a caseworker hands a case over rather than leaving.
    if role == MemberRole::Child || member == caller.account_id {
        return Err(CasesError::Forbidden);
    }
    let everyone: Vec<AccountId> = contacts.members().iter().map(|(a, _)| *a).collect();
    let was_in_contact = contacts.reachable_from(member);
    repo::remove_member(tx, case, member, to_db_time(now))?;
    sealed::withdraw_access_keys(tx, &everyone)?;
    audit::record(
        tx,
        Event::new(caller, Action::CaseMemberRemove)
            .case(case)
            .subject(Subject::Account(member)),
        now,
    )?;
    let pairs: Vec<_> = was_in_contact.into_iter().map(|a| (member, a)).collect();
    tell_contacts_ended(tx, &pairs);
    Ok(())
}
