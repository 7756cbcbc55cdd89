//! Device trust: enrolling a device with a code, listing an account's devices, revoking
//! one — and making sure no device joins or leaves an account unseen.
//!
//! Every change is announced, in queue order, to the account's other devices and to the
//! devices of everyone in contact with it (a `device_change` envelope): an app shows "a new
//! phone was added", holds a new device of a contact it verified until the person accepts
//! it, and from a revocation on refuses anything signed by the revoked device — including
//! sealed messages, whose sender the server cannot see. A revocation also withdraws the
//! access keys the device could have learned (its own account's and its contacts'), so it
//! cannot reach anyone through sealed sender, and closes its connections.

pub mod http;

use chrono::{DateTime, Duration, Utc};
use kinbridge_protocol::api::{DeviceChange, DeviceView, EnrolResponse};
use kinbridge_protocol::{AccountId, B64, DeviceChangeKind, DeviceId};

use crate::accounts::{self, AccountsError, EnrolmentCode, EnrolmentKeys};
use crate::messages;
use crate::platform::audit::{self, Action, Actor, Event, Recorded, Subject};
use crate::platform::db::{DbConn, StorageError, Tx};
use crate::platform::identity::{self, Caller, Credential};
use crate::platform::notify::Notice;
use crate::platform::reach;
use crate::platform::server_keys::ServerKeys;
use crate::sealed;

#[derive(Debug, thiserror::Error)]
pub enum DevicesError {
    #[error(transparent)]
    Accounts(#[from] AccountsError),
    #[error("account not found")]
    AccountNotFound,
    #[error("device not found")]
    DeviceNotFound,
    #[error(transparent)]
    Storage(StorageError),
}

crate::storage_errors!(DevicesError);

/// Queues `change` for the account's other active devices and for every active device of
/// its contacts (everything in this transaction; delivered once it commits).
fn announce(
    tx: &mut Tx<'_>,
    change: &DeviceChange,
    except: DeviceId,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<(), DevicesError> {
    let mut people = reach::contacts_of(tx, change.account_id)?;
    people.push(change.account_id);
    let devices: Vec<DeviceId> = identity::active_devices_of(tx, &people)?
        .into_iter()
        .map(|(_, d)| d.id)
        .filter(|d| *d != except)
        .collect();
    messages::announce(tx, &devices, change, now, ttl)?;
    Ok(())
}

/// Enrols a device with a code. Creates nothing unless the code is valid, unexpired and
/// unused (the keys were verified before this was called). The new device is announced
/// to the account's other devices and to its contacts, naming who issued the code.
pub fn enrol(
    tx: &mut Tx<'_>,
    keys: &ServerKeys,
    code: &EnrolmentCode,
    device_keys: &EnrolmentKeys,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<EnrolResponse, DevicesError> {
    let redeemed = accounts::redeem_code(tx, keys, code, now)?;
    let account = redeemed.account;
    let device_id = DeviceId::random();
    let credential = Credential::generate(device_id);
    let number = accounts::add_device(tx, account.id, &credential, device_keys, now)?;
    let mut event = Event::new(
        Actor::Account {
            account: account.id,
            device: device_id,
        },
        Action::AccountEnrol,
    )
    .subject(Subject::Device(device_id))
    .detail(format!("device_number:{number}"));
    // The person's case (and so their access log, and their guardian's) shows the new
    // phone and who issued the code for it.
    if let Some(case) = account.home_case {
        event = event.case(case);
    }
    if let Some(by) = redeemed.issued_by {
        event = event.subject(Subject::Account(by));
    }
    audit::record(tx, event, now)?;
    let change = DeviceChange {
        account_id: account.id,
        device_number: number,
        identity_key: B64(device_keys.identity_key.clone()),
        change: DeviceChangeKind::Added,
        by: redeemed.issued_by,
        at: now,
    };
    announce(tx, &change, device_id, now, ttl)?;
    Ok(EnrolResponse {
        account_id: account.id,
        device_id,
        device_number: number,
        role: account.role,
        credential: credential.expose(),
    })
}

/// The devices of `account`, for the account itself or whoever manages it.
pub fn devices_of(
    conn: &mut DbConn,
    caller: &Caller,
    account: AccountId,
    now: DateTime<Utc>,
) -> Result<Recorded<Vec<DeviceView>>, DevicesError> {
    match accounts::find(conn, account)? {
        Some(t) if accounts::may_manage(conn, caller, &t)? => {}
        _ => return Err(DevicesError::AccountNotFound),
    }
    let event = Event::new(caller, Action::DevicesList).subject(Subject::Account(account));
    Ok(Recorded::new(
        accounts::device_views(conn, account)?,
        event,
        now,
    ))
}

/// Revokes a device, ending everything it could still do: its credential is refused, its
/// connections close, the access keys it could have learned are withdrawn (its account's
/// and every contact's; their apps make new ones it never gets), and the account's other
/// devices and its contacts are told, so their apps refuse anything it signed from now on.
pub fn revoke(
    tx: &mut Tx<'_>,
    caller: &Caller,
    device: DeviceId,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<DeviceView, DevicesError> {
    let row = accounts::device(tx, device)?.ok_or(DevicesError::DeviceNotFound)?;
    let owner = accounts::find(tx, row.account_id)?.ok_or(DevicesError::DeviceNotFound)?;
    if !accounts::may_manage(tx, caller, &owner)? {
        return Err(DevicesError::DeviceNotFound);
    }
    if row.revoked_at.is_none() {
        accounts::revoke_device(tx, owner.id, device, now)?;
        tx.notify(Notice::Revoked { device });
        let mut keys = reach::contacts_of(tx, owner.id)?;
        keys.push(owner.id);
        sealed::withdraw_access_keys(tx, &keys)?;
        let change = DeviceChange {
            account_id: owner.id,
            device_number: u32::try_from(row.device_number).unwrap_or(0),
            identity_key: B64(row.identity_key.clone()),
            change: DeviceChangeKind::Revoked,
            by: Some(caller.account_id),
            at: now,
        };
        announce(tx, &change, device, now, ttl)?;
    }
    audit::record(
        tx,
        Event::new(caller, Action::DeviceRevoke)
            .subject(Subject::Account(owner.id))
            .subject(Subject::Device(device)),
        now,
    )?;
    let row = accounts::device(tx, device)?.ok_or(DevicesError::DeviceNotFound)?;
    Ok(row.into())
}
