//! Cases: stages and their history, members with role and relationship, sibling links and
//! contact rules. Rules live in [`policy`]; storage in [`repo`]; routes in [`http`].

pub mod http;
pub mod metrics;
pub mod policy;
pub mod repo;
pub mod status;

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use kinbridge_l10n::Locale;
use kinbridge_protocol::api::{
    CaseLinkView, CaseSummary, CaseView, ContactRuleRequest, ContactRuleView,
    EnrolmentCodeResponse, InviteRequest, MemberView, ServerFrame, StageChangeView,
};
use kinbridge_protocol::{
    AccountId, AccountRole, AgeBand, CaseId, CaseLinkKind, CaseStage, ContactDecision,
    ContactReason, DeviceId, GrammaticalForm, MemberRole, Relationship,
};
use uuid::Uuid;

use crate::accounts::{self, AccountsError, Caller, DisplayName, parse_id};
use crate::audit::{self, Event, Subject};
use crate::db::{DbConn, StorageError, from_db_time, to_db_time, write_tx};
use crate::server_keys::ServerKeys;
use policy::{CaseAction, Denied};

#[derive(Debug, thiserror::Error)]
pub enum CasesError {
    #[error("case not found")]
    NotFound,
    #[error("not allowed")]
    Forbidden,
    #[error("stage change not allowed")]
    StageTransition,
    #[error("member not found")]
    MemberNotFound,
    #[error("already a member")]
    AlreadyMember,
    #[error("account cannot be assigned")]
    NotAssignableStaff,
    #[error("invalid link")]
    LinkInvalid,
    #[error("invalid contact rule")]
    ContactRuleInvalid,
    #[error("account not found")]
    AccountNotFound,
    #[error("invalid value: {0}")]
    InvalidField(&'static str),
    #[error(transparent)]
    Accounts(#[from] AccountsError),
    #[error(transparent)]
    Storage(StorageError),
}

crate::storage_errors!(CasesError);

impl From<Denied> for CasesError {
    fn from(d: Denied) -> Self {
        match d {
            Denied::NotFound => CasesError::NotFound,
            Denied::Forbidden => CasesError::Forbidden,
        }
    }
}

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

/// Runs a read and records it in the audit chain, in one transaction: the event is
/// written only if the read succeeded (a refused read leaves no trace but the log line).
fn recorded<T>(
    conn: &mut DbConn,
    event: Event,
    now: DateTime<Utc>,
    read: impl FnOnce(&mut DbConn) -> Result<T, CasesError>,
) -> Result<T, CasesError> {
    write_tx(conn, |conn| {
        let value = read(conn)?;
        audit::record(conn, event, now)?;
        Ok(value)
    })
}

/// The caller's active role in the case, after the permission check for `action`.
pub(crate) fn authorize(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    action: CaseAction,
) -> Result<MemberRole, CasesError> {
    let membership = repo::active_role(conn, &case.to_string(), &caller.account_id.to_string())?;
    policy::authorize(caller.role, membership, action)?;
    membership.ok_or(CasesError::NotFound)
}

pub(crate) fn stage_of(raw: &str) -> Result<CaseStage, StorageError> {
    CaseStage::parse(raw).ok_or_else(|| StorageError::Task("unknown stage in storage".into()))
}

fn case_view(
    conn: &mut DbConn,
    row: repo::CaseRow,
    my_role: MemberRole,
) -> Result<CaseView, CasesError> {
    let links = if policy::is_staff_member(my_role) && my_role != MemberRole::LegalRepresentative {
        repo::links_of(conn, &row.id)?
            .into_iter()
            .filter_map(|(other, kind)| {
                Some(CaseLinkView {
                    case_id: CaseId::parse(&other).ok()?,
                    kind: CaseLinkKind::parse(&kind)?,
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(CaseView {
        case_id: parse_id(&row.id)?,
        stage: stage_of(&row.stage)?,
        stage_since: from_db_time(row.stage_since),
        created_at: from_db_time(row.created_at),
        my_role,
        links,
    })
}

/// The stage history of a case, oldest first (no permission check: callers check).
pub(crate) fn stage_history(
    conn: &mut DbConn,
    case: CaseId,
) -> Result<Vec<StageChangeView>, CasesError> {
    repo::stage_changes(conn, &case.to_string())?
        .into_iter()
        .map(|r| {
            Ok(StageChangeView {
                from: r.from_stage.as_deref().map(stage_of).transpose()?,
                to: stage_of(&r.to_stage)?,
                at: from_db_time(r.changed_at),
                by: parse_id(&r.changed_by)?,
            })
        })
        .collect()
}

/// Opens a case; the caseworker who opens it is its first assigned caseworker.
pub fn create_case(
    conn: &mut DbConn,
    caller: &Caller,
    now: DateTime<Utc>,
) -> Result<CaseView, CasesError> {
    if !policy::may_create_case(caller.role) {
        return Err(CasesError::Forbidden);
    }
    write_tx(conn, |conn| {
        let id = CaseId::random().to_string();
        let me = caller.account_id.to_string();
        let at = to_db_time(now);
        repo::insert_case(
            conn,
            &repo::NewCase {
                id: &id,
                stage: CaseStage::Registered.as_str(),
                stage_since: at,
                created_at: at,
                created_by: &me,
            },
        )?;
        repo::insert_stage_change(
            conn,
            &repo::NewStageChange {
                id: &Uuid::new_v4().to_string(),
                case_id: &id,
                from_stage: None,
                to_stage: CaseStage::Registered.as_str(),
                changed_by: &me,
                changed_at: at,
            },
        )?;
        repo::insert_member(
            conn,
            &repo::NewMember {
                case_id: &id,
                account_id: &me,
                role: MemberRole::Caseworker.as_str(),
                relationship: None,
                added_by: &me,
                added_at: at,
                removed_at: None,
            },
        )?;
        audit::record(
            conn,
            Event::new(caller, "case.create").case(parse_id(&id)?),
            now,
        )?;
        let row = repo::find_case(conn, &id)?.ok_or(CasesError::NotFound)?;
        case_view(conn, row, MemberRole::Caseworker)
    })
}

/// The cases the caller is a member of.
pub fn my_cases(
    conn: &mut DbConn,
    caller: &Caller,
    now: DateTime<Utc>,
) -> Result<Vec<CaseSummary>, CasesError> {
    recorded(conn, Event::new(caller, "cases.list"), now, |conn| {
        cases_of(conn, caller)
    })
}

pub(crate) fn cases_of(conn: &mut DbConn, caller: &Caller) -> Result<Vec<CaseSummary>, CasesError> {
    repo::cases_of(conn, &caller.account_id.to_string())?
        .into_iter()
        .map(|(row, role)| {
            Ok(CaseSummary {
                case_id: parse_id(&row.id)?,
                stage: stage_of(&row.stage)?,
                stage_since: from_db_time(row.stage_since),
                my_role: MemberRole::parse(&role)
                    .ok_or_else(|| StorageError::Task("unknown role in storage".into()))?,
            })
        })
        .collect()
}

pub fn view(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    now: DateTime<Utc>,
) -> Result<CaseView, CasesError> {
    recorded(
        conn,
        Event::new(caller, "case.view").case(case),
        now,
        |conn| view_unrecorded(conn, caller, case),
    )
}

pub(crate) fn view_unrecorded(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
) -> Result<CaseView, CasesError> {
    let my_role = authorize(conn, caller, case, CaseAction::View)?;
    let row = repo::find_case(conn, &case.to_string())?.ok_or(CasesError::NotFound)?;
    case_view(conn, row, my_role)
}

/// The effective contact decision for every pair of active members, as a lookup.
struct ContactMap {
    roles: BTreeMap<String, MemberRole>,
    explicit: BTreeMap<(String, String), repo::RuleRow>,
}

impl ContactMap {
    fn load(conn: &mut DbConn, case: &str) -> Result<(Self, Vec<repo::MemberRow>), CasesError> {
        let members = repo::active_members(conn, case)?;
        let roles = members
            .iter()
            .filter_map(|m| Some((m.account_id.clone(), MemberRole::parse(&m.role)?)))
            .collect();
        let mut explicit = BTreeMap::new();
        // Newest first: the first decision seen for a pair is the one in force.
        for rule in repo::rules_of(conn, case)? {
            explicit
                .entry((rule.member_a.clone(), rule.member_b.clone()))
                .or_insert(rule);
        }
        Ok((ContactMap { roles, explicit }, members))
    }

    fn decision(&self, a: &str, b: &str) -> ContactDecision {
        let key = ordered(a, b);
        if let Some(rule) = self.explicit.get(&key) {
            return ContactDecision::parse(&rule.decision).unwrap_or(ContactDecision::Blocked);
        }
        match (self.roles.get(a), self.roles.get(b)) {
            (Some(&ra), Some(&rb)) => policy::default_contact(ra, rb),
            _ => ContactDecision::Blocked,
        }
    }
}

fn ordered(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_owned(), b.to_owned())
    } else {
        (b.to_owned(), a.to_owned())
    }
}

/// Whether two people may contact each other: they share a case where both are active
/// members and the case's contact rules allow the pair. Deny by default.
pub fn contact_allowed_between(
    conn: &mut DbConn,
    a: AccountId,
    b: AccountId,
) -> Result<bool, CasesError> {
    if a == b {
        return Ok(false);
    }
    let (a_s, b_s) = (a.to_string(), b.to_string());
    for case in repo::shared_cases(conn, &a_s, &b_s)? {
        let (map, _) = ContactMap::load(conn, &case)?;
        if map.decision(&a_s, &b_s) == ContactDecision::Allowed {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The members the caller may see: everyone for the caseworker and guardian; for others,
/// themselves, the case's staff, and the people they may contact.
pub fn members(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    now: DateTime<Utc>,
) -> Result<Vec<MemberView>, CasesError> {
    let event = Event::new(caller, "case.members.view").case(case);
    recorded(conn, event, now, |conn| {
        members_unrecorded(conn, caller, case)
    })
}

pub(crate) fn members_unrecorded(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
) -> Result<Vec<MemberView>, CasesError> {
    let my_role = authorize(conn, caller, case, CaseAction::ViewMembers)?;
    let (map, rows) = ContactMap::load(conn, &case.to_string())?;
    let me = caller.account_id.to_string();
    let sees_all = policy::sees_all_members(my_role);
    let ids: Vec<String> = rows.iter().map(|r| r.account_id.clone()).collect();
    let enrolled = accounts::repo::enrolled_among(conn, &ids)?;
    let mut out = Vec::new();
    for row in rows {
        let role = MemberRole::parse(&row.role)
            .ok_or_else(|| StorageError::Task("unknown role in storage".into()))?;
        let visible = sees_all
            || row.account_id == me
            || policy::is_staff_member(role)
            || map.decision(&me, &row.account_id) == ContactDecision::Allowed;
        if !visible {
            continue;
        }
        out.push(MemberView {
            account_id: parse_id(&row.account_id)?,
            role,
            relationship: row.relationship.as_deref().and_then(Relationship::parse),
            display_name: row.display_name,
            // The age band is for the people who look after the child.
            age_band: if sees_all || row.account_id == me {
                row.age_band.as_deref().and_then(AgeBand::parse)
            } else {
                None
            },
            enrolled: enrolled.contains(&row.account_id),
            added_at: from_db_time(row.added_at),
        });
    }
    Ok(out)
}

/// Invites a person into the case: creates their account and membership and returns the
/// one-time code for their first device, all in one transaction.
pub fn invite(
    conn: &mut DbConn,
    keys: &ServerKeys,
    caller: &Caller,
    case: CaseId,
    invitation: &Invitation,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<EnrolmentCodeResponse, CasesError> {
    write_tx(conn, |conn| {
        authorize(conn, caller, case, CaseAction::Invite)?;
        let account = AccountId::random();
        let (account_s, case_s, me) = (
            account.to_string(),
            case.to_string(),
            caller.account_id.to_string(),
        );
        let locale = invitation.locale.as_ref().map(ToString::to_string);
        accounts::repo::insert_account(
            conn,
            &accounts::repo::NewAccount {
                id: &account_s,
                role: invitation.account_role().as_str(),
                display_name: invitation.display_name.as_ref().map(DisplayName::as_str),
                age_band: invitation.age_band.map(AgeBand::as_str),
                locale: locale.as_deref(),
                home_case_id: Some(&case_s),
                created_at: to_db_time(now),
                created_by: Some(&me),
                grammatical_form: invitation.grammatical_form.map(GrammaticalForm::as_str),
            },
        )?;
        repo::insert_member(
            conn,
            &repo::NewMember {
                case_id: &case_s,
                account_id: &account_s,
                role: invitation.role.as_str(),
                relationship: invitation.relationship.map(Relationship::as_str),
                added_by: &me,
                added_at: to_db_time(now),
                removed_at: None,
            },
        )?;
        audit::record(
            conn,
            Event::new(caller, "case.invite")
                .case(case)
                .subject(Subject::Account(account))
                .detail(invitation.role.as_str()),
            now,
        )?;
        Ok(accounts::issue_code(
            conn,
            keys,
            account,
            Some(caller.account_id),
            now,
            ttl,
        )?)
    })
}

/// Assigns an existing staff account (caseworker, guardian, legal representative).
pub fn assign_staff(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    account: AccountId,
    now: DateTime<Utc>,
) -> Result<Vec<MemberView>, CasesError> {
    write_tx(conn, |conn| {
        authorize(conn, caller, case, CaseAction::AssignStaff)?;
        let (account_s, case_s) = (account.to_string(), case.to_string());
        let target =
            accounts::repo::find_account(conn, &account_s)?.ok_or(CasesError::AccountNotFound)?;
        // Only staff accounts (no home case) can be assigned; invited people belong to
        // the case that invited them.
        let role = AccountRole::parse(&target.role)
            .filter(|_| target.home_case_id.is_none())
            .and_then(policy::assignable)
            .ok_or(CasesError::NotAssignableStaff)?;
        if repo::membership_exists(conn, &case_s, &account_s)? {
            return Err(CasesError::AlreadyMember);
        }
        repo::insert_member(
            conn,
            &repo::NewMember {
                case_id: &case_s,
                account_id: &account_s,
                role: role.as_str(),
                relationship: None,
                added_by: &caller.account_id.to_string(),
                added_at: to_db_time(now),
                removed_at: None,
            },
        )?;
        audit::record(
            conn,
            Event::new(caller, "case.staff.assign")
                .case(case)
                .subject(Subject::Account(account))
                .detail(role.as_str()),
            now,
        )?;
        members_unrecorded(conn, caller, case)
    })
}

/// Moves the case to another stage and records the change in its history.
pub fn change_stage(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    to: CaseStage,
    now: DateTime<Utc>,
) -> Result<CaseView, CasesError> {
    write_tx(conn, |conn| {
        let my_role = authorize(conn, caller, case, CaseAction::ChangeStage)?;
        let case_s = case.to_string();
        let row = repo::find_case(conn, &case_s)?.ok_or(CasesError::NotFound)?;
        let from = stage_of(&row.stage)?;
        if !policy::transition_allowed(from, to) {
            return Err(CasesError::StageTransition);
        }
        move_stage(conn, caller, case, from, to, "case.stage.change", now)?;
        let row = repo::find_case(conn, &case_s)?.ok_or(CasesError::NotFound)?;
        case_view(conn, row, my_role)
    })
}

/// Moves a case to another stage: the stage, its history and the audit event (`action`).
/// Returns the time of the move as stored.
fn move_stage(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    from: CaseStage,
    to: CaseStage,
    action: &'static str,
    now: DateTime<Utc>,
) -> Result<chrono::NaiveDateTime, CasesError> {
    let case_s = case.to_string();
    let at = to_db_time(now);
    repo::set_stage(conn, &case_s, to.as_str(), at)?;
    repo::insert_stage_change(
        conn,
        &repo::NewStageChange {
            id: &Uuid::new_v4().to_string(),
            case_id: &case_s,
            from_stage: Some(from.as_str()),
            to_stage: to.as_str(),
            changed_by: &caller.account_id.to_string(),
            changed_at: at,
        },
    )?;
    audit::record(
        conn,
        Event::new(caller, action)
            .case(case)
            .detail(format!("{from}->{to}")),
        now,
    )?;
    Ok(at)
}

/// A supervisor puts a case in the stage it should be in (a correction), outside the
/// usual transitions. Recorded in the history and the audit chain.
pub fn correct_stage(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    to: CaseStage,
    now: DateTime<Utc>,
) -> Result<StageChangeView, CasesError> {
    if !policy::may_correct_stage(caller.role) {
        return Err(CasesError::Forbidden);
    }
    write_tx(conn, |conn| {
        let case_s = case.to_string();
        let row = repo::find_case(conn, &case_s)?.ok_or(CasesError::NotFound)?;
        let from = stage_of(&row.stage)?;
        if from == to {
            return Err(CasesError::StageTransition);
        }
        let at = move_stage(conn, caller, case, from, to, "case.stage.correct", now)?;
        Ok(StageChangeView {
            from: Some(from),
            to,
            at: from_db_time(at),
            by: caller.account_id,
        })
    })
}

/// Stage figures over all cases, for supervisors. Reading them is recorded.
pub fn stage_metrics(
    conn: &mut DbConn,
    caller: &Caller,
    now: DateTime<Utc>,
) -> Result<kinbridge_protocol::api::StageMetrics, CasesError> {
    if !policy::may_read_metrics(caller.role) {
        return Err(CasesError::Forbidden);
    }
    recorded(
        conn,
        Event::new(caller, "metrics.stages.view"),
        now,
        metrics::stage_metrics,
    )
}

/// The rules in force: every explicit decision (newest per pair) plus the built-in
/// defaults that no decision has replaced.
pub fn contact_rules(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    now: DateTime<Utc>,
) -> Result<Vec<ContactRuleView>, CasesError> {
    let event = Event::new(caller, "case.contact_rules.view").case(case);
    recorded(conn, event, now, |conn| {
        contact_rules_unrecorded(conn, caller, case)
    })
}

pub(crate) fn contact_rules_unrecorded(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
) -> Result<Vec<ContactRuleView>, CasesError> {
    authorize(conn, caller, case, CaseAction::ViewContactRules)?;
    let (map, rows) = ContactMap::load(conn, &case.to_string())?;
    let mut out = Vec::new();
    for rule in map.explicit.values() {
        out.push(ContactRuleView {
            member_a: parse_id(&rule.member_a)?,
            member_b: parse_id(&rule.member_b)?,
            decision: ContactDecision::parse(&rule.decision)
                .ok_or_else(|| StorageError::Task("unknown decision in storage".into()))?,
            reason: ContactReason::parse(&rule.reason),
            set_by: Some(parse_id(&rule.set_by)?),
            set_at: Some(from_db_time(rule.set_at)),
        });
    }
    for (i, a) in rows.iter().enumerate() {
        for b in rows.iter().skip(i + 1) {
            let key = ordered(&a.account_id, &b.account_id);
            if map.explicit.contains_key(&key) {
                continue;
            }
            if map.decision(&a.account_id, &b.account_id) == ContactDecision::Allowed {
                out.push(ContactRuleView {
                    member_a: parse_id(&key.0)?,
                    member_b: parse_id(&key.1)?,
                    decision: ContactDecision::Allowed,
                    reason: None,
                    set_by: None,
                    set_at: None,
                });
            }
        }
    }
    out.sort_by_key(|x| (x.member_a, x.member_b));
    Ok(out)
}

/// Records a caseworker's decision for a pair of members.
pub fn set_contact_rule(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    rule: &ContactRuleRequest,
    now: DateTime<Utc>,
) -> Result<(Vec<ContactRuleView>, ContactsEnded), CasesError> {
    let (a, b) = (rule.member_a, rule.member_b);
    if a == b {
        return Err(CasesError::ContactRuleInvalid);
    }
    write_tx(conn, |conn| {
        authorize(conn, caller, case, CaseAction::SetContactRule)?;
        let case_s = case.to_string();
        for m in [a, b] {
            if repo::active_role(conn, &case_s, &m.to_string())?.is_none() {
                return Err(CasesError::MemberNotFound);
            }
        }
        let (map, _) = ContactMap::load(conn, &case_s)?;
        let was_allowed = map.decision(&a.to_string(), &b.to_string()) == ContactDecision::Allowed;
        let (first, second) = ordered(&a.to_string(), &b.to_string());
        repo::insert_rule(
            conn,
            &repo::NewRule {
                id: &Uuid::new_v4().to_string(),
                case_id: &case_s,
                member_a: &first,
                member_b: &second,
                decision: rule.decision.as_str(),
                reason: rule.reason.as_str(),
                set_by: &caller.account_id.to_string(),
                set_at: to_db_time(now),
            },
        )?;
        // Anything but "allowed" may end a contact: both people's sealed-sender access
        // keys are withdrawn, so the other cannot keep writing to them anonymously.
        let mut ended = ContactsEnded::default();
        if rule.decision != ContactDecision::Allowed {
            crate::sealed::withdraw_access_keys(conn, &[a.to_string(), b.to_string()])?;
            ended.keys_withdrawn = vec![a, b];
            if was_allowed {
                ended.pairs = vec![(a, b)];
            }
        }
        audit::record(
            conn,
            Event::new(caller, "case.contact_rule.set")
                .case(case)
                .subject(Subject::Account(a))
                .subject(Subject::Account(b))
                .detail(format!("{}:{}", rule.decision, rule.reason)),
            now,
        )?;
        Ok((contact_rules_unrecorded(conn, caller, case)?, ended))
    })
}

/// Links two cases (siblings). The caller must be the assigned caseworker of both.
pub fn link(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    other: CaseId,
    kind: CaseLinkKind,
    now: DateTime<Utc>,
) -> Result<CaseView, CasesError> {
    write_tx(conn, |conn| {
        authorize(conn, caller, case, CaseAction::Link)?;
        authorize(conn, caller, other, CaseAction::Link)?;
        if case == other {
            return Err(CasesError::LinkInvalid);
        }
        let (a, b) = ordered(&case.to_string(), &other.to_string());
        if repo::link_exists(conn, &a, &b)? {
            return Err(CasesError::LinkInvalid);
        }
        repo::insert_link(
            conn,
            &repo::NewLink {
                case_a: &a,
                case_b: &b,
                kind: kind.as_str(),
                created_by: &caller.account_id.to_string(),
                created_at: to_db_time(now),
            },
        )?;
        // Recorded on both cases, so each one's history shows it.
        for (this, that) in [(case, other), (other, case)] {
            audit::record(
                conn,
                Event::new(caller, "case.link")
                    .case(this)
                    .subject(Subject::Case(that))
                    .detail(kind.as_str()),
                now,
            )?;
        }
        view_unrecorded(conn, caller, case)
    })
}

/// A new enrolment code for a person invited into this case (a lost or replaced phone).
pub fn reissue_member_code(
    conn: &mut DbConn,
    keys: &ServerKeys,
    caller: &Caller,
    case: CaseId,
    account: AccountId,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<EnrolmentCodeResponse, CasesError> {
    write_tx(conn, |conn| {
        authorize(conn, caller, case, CaseAction::ReissueMemberCode)?;
        let target = accounts::repo::find_account(conn, &account.to_string())?
            .filter(|t| t.home_case_id.as_deref() == Some(case.to_string().as_str()))
            .ok_or(CasesError::MemberNotFound)?;
        if repo::active_role(conn, &case.to_string(), &target.id)?.is_none() {
            return Err(CasesError::MemberNotFound);
        }
        audit::record(
            conn,
            Event::new(caller, "case.member.code.reissue")
                .case(case)
                .subject(Subject::Account(account)),
            now,
        )?;
        Ok(accounts::issue_code(
            conn,
            keys,
            account,
            Some(caller.account_id),
            now,
            ttl,
        )?)
    })
}

/// What ending contacts changed, for the people's apps to be told once it committed:
/// each pair that was in contact (and is told, each about the other), and everyone whose
/// sealed-sender access key was withdrawn (asked for a new one). Someone who was never in
/// contact with a person is not told about them: for a child that would reveal them.
#[derive(Debug, Clone, Default)]
pub struct ContactsEnded {
    pub pairs: Vec<(AccountId, AccountId)>,
    pub keys_withdrawn: Vec<AccountId>,
}

/// The frames telling the connected devices what [`ContactsEnded`] says.
pub fn contacts_ended_notifications(
    conn: &mut DbConn,
    ended: &ContactsEnded,
) -> Result<Vec<(DeviceId, ServerFrame)>, CasesError> {
    let mut accounts: Vec<AccountId> = ended
        .pairs
        .iter()
        .flat_map(|(a, b)| [*a, *b])
        .chain(ended.keys_withdrawn.iter().copied())
        .collect();
    accounts.sort_by_key(|a| a.as_uuid());
    accounts.dedup();
    let mut out = Vec::new();
    for account in accounts {
        let mut frames: Vec<ServerFrame> = ended
            .pairs
            .iter()
            .filter_map(|&(a, b)| match account {
                x if x == a => Some(b),
                x if x == b => Some(a),
                _ => None,
            })
            .map(|other| ServerFrame::ContactBlocked { account_id: other })
            .collect();
        if ended.keys_withdrawn.contains(&account) {
            frames.push(ServerFrame::AccessKeyReset);
        }
        for device in accounts::repo::devices_of(conn, &account.to_string())? {
            if device.revoked_at.is_some() {
                continue;
            }
            let id: DeviceId = parse_id(&device.id)?;
            out.extend(frames.iter().map(|f| (id, f.clone())));
        }
    }
    Ok(out)
}

/// The accounts a member's case-circle messages go to: the case's other active members
/// the caller may contact under this case's rules. Someone outside the case learns
/// nothing about it.
pub fn circle_accounts(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
) -> Result<Vec<String>, CasesError> {
    let case_s = case.to_string();
    let me = caller.account_id.to_string();
    if repo::active_role(conn, &case_s, &me)?.is_none() {
        return Err(CasesError::NotFound);
    }
    let (map, members) = ContactMap::load(conn, &case_s)?;
    Ok(members
        .into_iter()
        .map(|m| m.account_id)
        .filter(|a| *a != me && map.decision(&me, a) == ContactDecision::Allowed)
        .collect())
}

/// Takes someone out of a case (caseworker; not the child, not oneself). They lose every
/// contact the case gave them at once; the sealed-sender access keys of everyone in the
/// case (and theirs) are withdrawn, and circle members' apps move to new circle keys the
/// removed person does not get. Says who to tell.
pub fn remove_member(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    member: AccountId,
    now: DateTime<Utc>,
) -> Result<ContactsEnded, CasesError> {
    write_tx(conn, |conn| {
        authorize(conn, caller, case, CaseAction::RemoveMember)?;
        let case_s = case.to_string();
        let member_s = member.to_string();
        let role =
            repo::active_role(conn, &case_s, &member_s)?.ok_or(CasesError::MemberNotFound)?;
        // The case is the child's; and a caseworker hands a case over rather than leaving.
        if role == MemberRole::Child || member == caller.account_id {
            return Err(CasesError::Forbidden);
        }
        let (map, members) = ContactMap::load(conn, &case_s)?;
        let everyone: Vec<String> = members.into_iter().map(|m| m.account_id).collect();
        let contacts: Vec<String> = everyone
            .iter()
            .filter(|a| **a != member_s && map.decision(&member_s, a) == ContactDecision::Allowed)
            .cloned()
            .collect();
        repo::remove_member(conn, &case_s, &member_s, to_db_time(now))?;
        crate::sealed::withdraw_access_keys(conn, &everyone)?;
        audit::record(
            conn,
            Event::new(caller, "case.member.remove")
                .case(case)
                .subject(Subject::Account(member)),
            now,
        )?;
        let ids = |list: &[String]| -> Result<Vec<AccountId>, CasesError> {
            list.iter()
                .map(|a| parse_id(a).map_err(CasesError::from))
                .collect()
        };
        Ok(ContactsEnded {
            pairs: ids(&contacts)?.into_iter().map(|a| (member, a)).collect(),
            keys_withdrawn: ids(&everyone)?,
        })
    })
}
