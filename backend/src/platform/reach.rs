//! Who may reach whom. Deny by default: two people may contact each other only when they
//! share a case where both are active members and that case's contact rules allow the
//! pair — an explicit caseworker decision (the newest for the pair), or else the built-in
//! default, which lets a child reach their assigned caseworker and guardian and nobody else.
//!
//! Reads only: the cases capability writes memberships and rules (`case_members`,
//! `contact_rules`), the alerts capability `alerts`; keys, messages, sealed sender,
//! accounts and cases ask here.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use kinbridge_protocol::{AccountId, CaseId, ContactDecision, MemberRole};

use crate::platform::cache::Caches;
use crate::platform::db::DbConn;
use crate::platform::db::schema::{alerts, case_members, contact_rules};

/// The caller's active role in a case, if they are an active member.
pub fn active_role(
    conn: &mut DbConn,
    case: CaseId,
    account: AccountId,
) -> QueryResult<Option<MemberRole>> {
    let role: Option<String> = case_members::table
        .filter(case_members::case_id.eq(case.to_string()))
        .filter(case_members::account_id.eq(account.to_string()))
        .filter(case_members::removed_at.is_null())
        .select(case_members::role)
        .first(conn)
        .optional()?;
    Ok(role.as_deref().and_then(MemberRole::parse))
}

/// The rule between two members when no caseworker has set one: the child may reach their
/// assigned caseworker and guardian; everyone else needs an explicit `allowed`.
pub fn default_contact(a: MemberRole, b: MemberRole) -> ContactDecision {
    use MemberRole::*;
    match (a, b) {
        (Child, Caseworker) | (Caseworker, Child) | (Child, Guardian) | (Guardian, Child) => {
            ContactDecision::Allowed
        }
        _ => ContactDecision::Blocked,
    }
}

/// A pair in the order contact rules store it (the smaller id first).
pub fn ordered(a: AccountId, b: AccountId) -> (AccountId, AccountId) {
    if a <= b { (a, b) } else { (b, a) }
}

/// A caseworker's decision for a pair, as stored.
#[derive(Debug, Clone, Queryable)]
pub struct Rule {
    #[diesel(deserialize_as = String)]
    pub member_a: AccountId,
    #[diesel(deserialize_as = String)]
    pub member_b: AccountId,
    pub decision: String,
    pub reason: String,
    #[diesel(deserialize_as = String)]
    pub set_by: AccountId,
    pub set_at: NaiveDateTime,
}

impl Rule {
    /// The decision; one the server cannot read is a block.
    pub fn decision(&self) -> ContactDecision {
        ContactDecision::parse(&self.decision).unwrap_or(ContactDecision::Blocked)
    }
}

/// The contact decision for every pair of a case's active members.
#[derive(Debug, Clone)]
pub struct Contacts {
    /// Active members with their role, oldest member first.
    members: Vec<(AccountId, MemberRole)>,
    /// The decision in force per ordered pair.
    explicit: BTreeMap<(AccountId, AccountId), Rule>,
}

impl Contacts {
    pub fn of_case(conn: &mut DbConn, case: CaseId) -> QueryResult<Contacts> {
        let case_s = case.to_string();
        let rows: Vec<(String, String)> = case_members::table
            .filter(case_members::case_id.eq(&case_s))
            .filter(case_members::removed_at.is_null())
            .order((case_members::added_at.asc(), case_members::account_id.asc()))
            .select((case_members::account_id, case_members::role))
            .load(conn)?;
        let members = rows
            .into_iter()
            .filter_map(|(a, r)| Some((AccountId::parse(&a).ok()?, MemberRole::parse(&r)?)))
            .collect();
        let rules: Vec<Rule> = contact_rules::table
            .filter(contact_rules::case_id.eq(&case_s))
            .order((contact_rules::set_at.desc(), contact_rules::id.desc()))
            .select((
                contact_rules::member_a,
                contact_rules::member_b,
                contact_rules::decision,
                contact_rules::reason,
                contact_rules::set_by,
                contact_rules::set_at,
            ))
            .load(conn)?;
        let mut explicit = BTreeMap::new();
        // Newest first: the first decision seen for a pair is the one in force.
        for rule in rules {
            explicit
                .entry((rule.member_a, rule.member_b))
                .or_insert(rule);
        }
        Ok(Contacts { members, explicit })
    }

    /// Whether `a` and `b` may contact each other in this case.
    pub fn decision(&self, a: AccountId, b: AccountId) -> ContactDecision {
        if let Some(rule) = self.explicit.get(&ordered(a, b)) {
            return rule.decision();
        }
        match (self.role_of(a), self.role_of(b)) {
            (Some(ra), Some(rb)) => default_contact(ra, rb),
            _ => ContactDecision::Blocked,
        }
    }

    pub fn allowed(&self, a: AccountId, b: AccountId) -> bool {
        self.decision(a, b) == ContactDecision::Allowed
    }

    /// The active members and their roles, oldest member first.
    pub fn members(&self) -> &[(AccountId, MemberRole)] {
        &self.members
    }

    pub fn role_of(&self, account: AccountId) -> Option<MemberRole> {
        self.members
            .iter()
            .find(|(a, _)| *a == account)
            .map(|(_, r)| *r)
    }

    /// The decisions in force, one per pair that has one.
    pub fn rules(&self) -> impl Iterator<Item = &Rule> {
        self.explicit.values()
    }

    /// Whether a caseworker decided for this pair (else the default applies).
    pub fn has_rule(&self, a: AccountId, b: AccountId) -> bool {
        self.explicit.contains_key(&ordered(a, b))
    }

    /// The other active members `account` may contact here.
    pub fn reachable_from(&self, account: AccountId) -> Vec<AccountId> {
        self.members
            .iter()
            .map(|(a, _)| *a)
            .filter(|&a| a != account && self.allowed(account, a))
            .collect()
    }
}

/// The cases where both accounts are active members.
fn shared_cases(conn: &mut DbConn, a: AccountId, b: AccountId) -> QueryResult<Vec<CaseId>> {
    let of_a: Vec<String> = case_members::table
        .filter(case_members::account_id.eq(a.to_string()))
        .filter(case_members::removed_at.is_null())
        .select(case_members::case_id)
        .load(conn)?;
    let shared: Vec<String> = case_members::table
        .filter(case_members::account_id.eq(b.to_string()))
        .filter(case_members::removed_at.is_null())
        .filter(case_members::case_id.eq_any(&of_a))
        .select(case_members::case_id)
        .load(conn)?;
    Ok(shared
        .iter()
        .filter_map(|c| CaseId::parse(c).ok())
        .collect())
}

/// Whether two people may contact each other through any case they share.
pub fn contact_allowed(conn: &mut DbConn, a: AccountId, b: AccountId) -> QueryResult<bool> {
    if a == b {
        return Ok(false);
    }
    for case in shared_cases(conn, a, b)? {
        if Contacts::of_case(conn, case)?.allowed(a, b) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// [`contact_allowed`], cached briefly. Without a connection it answers from the cache
/// alone, or `None` when the pair is not cached.
pub fn contact_allowed_cached(
    conn: Option<&mut DbConn>,
    caches: &Caches,
    a: AccountId,
    b: AccountId,
) -> QueryResult<Option<bool>> {
    if let Some(allowed) = caches.contacts.get(&(a, b)) {
        return Ok(Some(allowed));
    }
    let Some(conn) = conn else {
        return Ok(None);
    };
    let epoch = caches.contacts.epoch();
    let allowed = contact_allowed(conn, a, b)?;
    caches.contacts.put((a, b), allowed, epoch);
    Ok(Some(allowed))
}

/// Everyone `account` may contact, through any case they share: the people a change to
/// this account (a new or revoked device, a withdrawn key) concerns.
pub fn contacts_of(conn: &mut DbConn, account: AccountId) -> QueryResult<Vec<AccountId>> {
    let cases: Vec<String> = case_members::table
        .filter(case_members::account_id.eq(account.to_string()))
        .filter(case_members::removed_at.is_null())
        .select(case_members::case_id)
        .load(conn)?;
    let mut out = Vec::new();
    for case in cases.iter().filter_map(|c| CaseId::parse(c).ok()) {
        out.extend(Contacts::of_case(conn, case)?.reachable_from(account));
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The accounts a member's case-circle messages go to: the case's other active members
/// they may contact under this case's rules. `None` when `account` is not an active
/// member (someone outside the case learns nothing about it).
pub fn circle(
    conn: &mut DbConn,
    case: CaseId,
    account: AccountId,
) -> QueryResult<Option<Vec<AccountId>>> {
    let contacts = Contacts::of_case(conn, case)?;
    if contacts.role_of(account).is_none() {
        return Ok(None);
    }
    Ok(Some(contacts.reachable_from(account)))
}

/// Whether `case` has ever had a member still on record (whether it exists: every case has
/// its caseworker from the start, and retention deletes a case with its memberships).
pub fn case_exists(conn: &mut DbConn, case: CaseId) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        case_members::table.filter(case_members::case_id.eq(case.to_string())),
    ))
    .get_result(conn)
}

/// Whether a child is reported missing from care and not yet found (an open `missing`
/// alert; the alerts capability writes them). While it is, no new contact may be allowed
/// for them and no new device enrolled on their account: their phone may be in someone
/// else's hands.
pub fn is_missing(conn: &mut DbConn, child: AccountId) -> QueryResult<bool> {
    let open: i64 = alerts::table
        .filter(alerts::child_id.eq(child.to_string()))
        .filter(alerts::kind.eq(kinbridge_protocol::alerts::AlertKind::Missing.as_str()))
        .filter(alerts::resolved_at.is_null())
        .count()
        .get_result(conn)?;
    Ok(open > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_contact_is_deny_except_child_with_caseworker_and_guardian() {
        for &a in MemberRole::ALL {
            for &b in MemberRole::ALL {
                let allowed = matches!(
                    (a, b),
                    (
                        MemberRole::Child,
                        MemberRole::Caseworker | MemberRole::Guardian
                    ) | (
                        MemberRole::Caseworker | MemberRole::Guardian,
                        MemberRole::Child
                    )
                );
                assert_eq!(
                    default_contact(a, b) == ContactDecision::Allowed,
                    allowed,
                    "{a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn pairs_are_ordered_like_the_stored_text() {
        let (a, b) = (AccountId::random(), AccountId::random());
        let (x, y) = ordered(a, b);
        assert!(x.to_string() <= y.to_string());
        assert_eq!(ordered(b, a), (x, y));
    }
}
