//! Case circles: a group per case (child, guardian, caseworker, permitted family) using
//! Signal sender keys. Each member's circle is the case's other members they may contact;
//! the member's app hands its sender key to each of them over 1:1 sessions, encrypts a
//! circle message once, and uploads it once, naming the devices its key went to; the
//! server stores one envelope per named device. Every named device must be in the circle
//! now (else 409 `circle.changed`): a removed member, or a reinstalled phone, makes the app
//! fetch the circle again and move to a new sender key the removed person never receives.

use chrono::{DateTime, Utc};
use kinbridge_protocol::api::{CircleDevice, CircleRoster, CircleSendRequest};
use kinbridge_protocol::{CaseId, DeviceId, EnvelopeKind};
use uuid::Uuid;

use super::{Delivery, Limits, MessagesError, Prepared, repo};
use crate::platform::cache::Caches;
use crate::platform::db::{DbConn, to_db_time};
use crate::platform::identity::{self, Caller};
use crate::platform::reach;

/// The devices of the caller's circle in a case, with their ids.
fn circle(
    conn: &mut DbConn,
    caches: &Caches,
    caller: &Caller,
    case: CaseId,
) -> Result<Vec<(CircleDevice, DeviceId)>, MessagesError> {
    let accounts =
        reach::circle(conn, case, caller.account_id)?.ok_or(MessagesError::CaseNotFound)?;
    let mut out = Vec::new();
    for account_id in accounts {
        for d in identity::active_devices(conn, caches, account_id)? {
            out.push((
                CircleDevice {
                    account_id,
                    device_number: u32::try_from(d.number).unwrap_or_default(),
                    registration_id: u32::try_from(d.registration_id).unwrap_or_default(),
                },
                d.id,
            ));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// `GET /v1/cases/{case}/circle`.
pub fn roster(
    conn: &mut DbConn,
    caches: &Caches,
    caller: &Caller,
    case: CaseId,
) -> Result<CircleRoster, MessagesError> {
    Ok(CircleRoster {
        case_id: case,
        devices: circle(conn, caches, caller, case)?
            .into_iter()
            .map(|(d, _)| d)
            .collect(),
    })
}

/// Checks a circle upload against the circle now and builds one envelope per device.
pub fn prepare(
    conn: &mut DbConn,
    caches: &Caches,
    caller: &Caller,
    case: CaseId,
    req: &CircleSendRequest,
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<Prepared, MessagesError> {
    Uuid::try_parse(&req.client_message_id)
        .map_err(|_| MessagesError::InvalidField("client_message_id"))?;
    if req.content.as_ref().is_empty() {
        return Err(MessagesError::InvalidField("content"));
    }
    if req.content.as_ref().len() > limits.max_envelope_bytes {
        return Err(MessagesError::TooLarge);
    }
    let devices = circle(conn, caches, caller, case)?;
    let mut named = req.recipients.clone();
    named.sort();
    if named.windows(2).any(|w| w[0] == w[1]) {
        return Err(MessagesError::InvalidField("recipients"));
    }
    let sender_device = caller.device_id.to_string();
    let at = to_db_time(now);
    let mut prepared = Prepared {
        sender_device: sender_device.clone(),
        client_message_id: req.client_message_id.clone(),
        rows: Vec::new(),
        created_at: at,
        delivery: Delivery::default(),
    };
    let in_circle = |d: &CircleDevice| devices.iter().any(|(c, _)| c == d);
    if !named.iter().all(in_circle) {
        // A retry of an upload that went through is a success even if the circle moved.
        if repo::already_sent(conn, &sender_device, &req.client_message_id)? {
            prepared.delivery.duplicate = true;
            return Ok(prepared);
        }
        return Err(MessagesError::CircleChanged);
    }
    let expires = to_db_time(now + limits.ttl);
    for (_, id) in devices.into_iter().filter(|(d, _)| named.contains(d)) {
        prepared.rows.push(repo::OwnedEnvelope {
            guid: Uuid::new_v4().to_string(),
            device_id: id,
            kind: EnvelopeKind::SenderKey.as_str().to_owned(),
            source_account: Some(caller.account_id),
            source_device: Some(caller.device_number),
            client_message_id: Some(req.client_message_id.clone()),
            content: req.content.as_ref().to_vec(),
            server_ts: at,
            expires_at: expires,
        });
    }
    Ok(prepared)
}
