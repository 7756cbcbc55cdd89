//! The `Caller` extractor: every protected call carries its device credential in
//! `Authorization: Kinbridge <credential>`.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use kinbridge_protocol::ErrorCode;

use crate::http::error::ApiError;
use crate::platform::Platform;
use crate::platform::identity::{self, AuthError, Caller, Credential};

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let platform = req.app_data::<web::Data<Platform>>().cloned();
        let request = req.clone();
        let header = req
            .headers()
            .get(AUTHORIZATION)
            .map(|v| v.to_str().map(str::to_owned));
        Box::pin(async move {
            let platform = platform.ok_or_else(|| ApiError::new(ErrorCode::ServerInternal))?;
            let raw = match header {
                None => return Err(AuthError::Missing.into()),
                Some(Err(_)) => return Err(AuthError::Invalid.into()),
                Some(Ok(v)) => v,
            };
            let token = raw
                .strip_prefix(kinbridge_protocol::AUTHORIZATION_SCHEME)
                .and_then(|t| t.strip_prefix(' '))
                .ok_or(AuthError::Invalid)?;
            let credential = Credential::parse(token)?;
            let caller = match identity::authenticate_cached(&platform.caches, &credential) {
                Some(caller) => caller?,
                None => {
                    let caches = platform.caches.clone();
                    platform
                        .db
                        .run(move |conn| identity::authenticate(conn, &caches, &credential))
                        .await?
                }
            };
            // For the edge: a refused request for a case's data is recorded with who made it.
            request.extensions_mut().insert(caller.clone());
            Ok(caller)
        })
    }
}
