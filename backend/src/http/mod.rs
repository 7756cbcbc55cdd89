//! The edge, shared by every capability: the route table and its OpenAPI document, the
//! JSON and authentication extractors, the error shape, the edge middleware, the caller's
//! language, and the service routes (health, readiness, the document, audit verification).
//! Nothing here imports a capability; capabilities add their routes in `crate::api`.

pub mod api;
pub mod auth;
pub mod edge;
pub mod error;
pub mod json;
pub mod service;
pub mod upgrade;

use std::net::{IpAddr, Ipv4Addr};
use std::str::FromStr;

use actix_web::http::header::ACCEPT_LANGUAGE;
use actix_web::{HttpRequest, web};
use kinbridge_protocol::ErrorCode;

pub use api::{Api, Op};
pub use error::ApiError;
pub use json::ApiJson;
pub use service::{OpenApiDoc, unknown_route};

/// Parses an id from the path; a malformed id is `request.invalid_id`.
pub fn path_id<T: FromStr>(raw: &str) -> Result<T, ApiError> {
    T::from_str(raw).map_err(|_| ApiError::new(ErrorCode::RequestInvalidId))
}

/// The query parameters of a request, by name. A name not in `allowed`, a name given twice
/// or a query that does not decode is `request.invalid_field` naming it.
pub fn query_params(
    req: &HttpRequest,
    allowed: &[&str],
) -> Result<std::collections::BTreeMap<String, String>, ApiError> {
    let pairs = web::Query::<Vec<(String, String)>>::from_query(req.query_string())
        .map_err(|_| ApiError::invalid_field("query"))?;
    let mut out = std::collections::BTreeMap::new();
    for (name, value) in pairs.into_inner() {
        if !allowed.contains(&name.as_str()) {
            return Err(ApiError::invalid_field(name));
        }
        if out.contains_key(&name) {
            return Err(ApiError::invalid_field(name));
        }
        out.insert(name, value);
    }
    Ok(out)
}

/// The client's address, for rate limits only (never logged, never stored): the peer, or,
/// when the peer is a trusted proxy, the nearest address in `X-Forwarded-For` that is not
/// one of the trusted proxies. A forwarded address from anyone else is ignored.
pub fn client_address(req: &HttpRequest, trusted: &[(IpAddr, u8)]) -> IpAddr {
    let peer = req
        .peer_addr()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip());
    if !is_trusted(peer, trusted) {
        return peer;
    }
    let forwarded = req
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|a| a.trim().parse::<IpAddr>())
        .collect::<Vec<_>>();
    for hop in forwarded.into_iter().rev() {
        match hop {
            Ok(ip) if is_trusted(ip, trusted) => continue,
            Ok(ip) => return ip,
            // A hop that is not an address was written by someone untrusted: stop at the
            // last address a trusted proxy vouched for.
            Err(_) => break,
        }
    }
    peer
}

fn is_trusted(ip: IpAddr, trusted: &[(IpAddr, u8)]) -> bool {
    trusted.iter().any(|&(net, bits)| in_range(ip, net, bits))
}

fn in_range(ip: IpAddr, net: IpAddr, bits: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) => {
            let mask = u32::MAX
                .checked_shl(32 - u32::from(bits.min(32)))
                .unwrap_or(0);
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(n)) => {
            let mask = u128::MAX
                .checked_shl(128 - u32::from(bits.min(128)))
                .unwrap_or(0);
            u128::from(a) & mask == u128::from(n) & mask
        }
        _ => false,
    }
}

/// The languages the caller's device asked for (`Accept-Language`), as sent.
pub fn accept_language(req: &HttpRequest) -> Option<String> {
    req.headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;

    use super::*;

    #[test]
    fn a_forwarded_address_counts_only_through_a_trusted_proxy() {
        let proxy: IpAddr = "10.0.0.5".parse().unwrap();
        let trusted = [("10.0.0.0".parse().unwrap(), 8u8)];
        let via = |peer: IpAddr, xff: &str| {
            TestRequest::default()
                .peer_addr(std::net::SocketAddr::new(peer, 4000))
                .insert_header(("X-Forwarded-For", xff))
                .to_http_request()
        };
        // Through the proxy: the client it saw (proxies before it are skipped too).
        let req = via(proxy, "198.51.100.7, 10.0.0.9");
        assert_eq!(
            client_address(&req, &trusted),
            "198.51.100.7".parse::<IpAddr>().unwrap()
        );
        // A client that forges the header itself is still itself.
        let forger: IpAddr = "203.0.113.1".parse().unwrap();
        let req = via(forger, "198.51.100.7");
        assert_eq!(client_address(&req, &trusted), forger);
        // Only the rightmost untrusted hop counts: what the client wrote before it does not.
        let req = via(proxy, "1.2.3.4, 198.51.100.7");
        assert_eq!(
            client_address(&req, &trusted),
            "198.51.100.7".parse::<IpAddr>().unwrap()
        );
        // No proxies configured: the peer.
        assert_eq!(client_address(&via(proxy, "198.51.100.7"), &[]), proxy);
        assert!(in_range(
            "2001:db8::1".parse().unwrap(),
            "2001:db8::".parse().unwrap(),
            32
        ));
        assert!(!in_range(
            "2001:db9::1".parse().unwrap(),
            "2001:db8::".parse().unwrap(),
            32
        ));
    }
}
