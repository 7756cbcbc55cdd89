//! Who may do what with accounts and devices. Deny by default.

use kinbridge_protocol::{AccountRole, MemberRole};

use super::{Account, AccountsError};
use crate::platform::db::DbConn;
use crate::platform::identity::Caller;
use crate::platform::reach;

/// Whether `caller` may list and revoke the devices of `target`:
/// - anyone, their own;
/// - an admin, any staff account (staff accounts have no home case);
/// - a caseworker, the accounts invited into a case they are assigned to.
pub fn may_manage(
    conn: &mut DbConn,
    caller: &Caller,
    target: &Account,
) -> Result<bool, AccountsError> {
    if target.id == caller.account_id {
        return Ok(true);
    }
    match (caller.role, target.home_case) {
        (AccountRole::Admin, None) => Ok(true),
        (AccountRole::Caseworker, Some(case)) => {
            Ok(reach::active_role(conn, case, caller.account_id)? == Some(MemberRole::Caseworker))
        }
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
