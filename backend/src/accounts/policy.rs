//! Who may do what with accounts and devices. Deny by default.

use kinbridge_protocol::{AccountRole, MemberRole};

use super::repo::AccountRow;
use super::{AccountsError, Caller};
use crate::cases;
use crate::db::DbConn;

/// Whether `caller` may list and revoke the devices of `target`:
/// - anyone, their own;
/// - an admin, any staff account (staff accounts have no home case);
/// - a caseworker, the accounts invited into a case they are assigned to.
pub fn may_manage(
    conn: &mut DbConn,
    caller: &Caller,
    target: &AccountRow,
) -> Result<bool, AccountsError> {
    if target.id == caller.account_id.to_string() {
        return Ok(true);
    }
    match (caller.role, target.home_case_id.as_deref()) {
        (AccountRole::Admin, None) => Ok(true),
        (AccountRole::Caseworker, Some(case)) => Ok(cases::repo::active_role(
            conn,
            case,
            &caller.account_id.to_string(),
        )? == Some(MemberRole::Caseworker)),
        _ => Ok(false),
    }
}

/// Staff accounts are created and re-issued codes by admins only.
pub fn require_admin(caller: &Caller) -> Result<(), AccountsError> {
    if caller.role == AccountRole::Admin {
        Ok(())
    } else {
        Err(AccountsError::Forbidden)
    }
}
