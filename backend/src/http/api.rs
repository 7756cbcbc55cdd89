//! The one route table. Each capability adds its operations here with [`Api::route`]; the
//! same table mounts the actix resources and produces the OpenAPI document, so the document
//! cannot drift from the routes.

use std::collections::BTreeMap;

use actix_web::http::Method;
use actix_web::web::{self, ServiceConfig};
use actix_web::{FromRequest, Handler, HttpResponse, Responder, Route};
use kinbridge_protocol::{ErrorBody, ErrorCode};
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value, json};

use crate::http::error::ApiError;

type SchemaFn = fn(&mut SchemaGenerator) -> Schema;

fn schema_of<T: JsonSchema>(g: &mut SchemaGenerator) -> Schema {
    g.subschema_for::<T>()
}

/// The description of one operation.
#[derive(Debug, Clone)]
pub struct Op {
    method: Method,
    path: &'static str,
    id: &'static str,
    tag: &'static str,
    summary: &'static str,
    auth: bool,
    request: Option<SchemaFn>,
    response: (u16, Option<SchemaFn>),
    errors: Vec<ErrorCode>,
    large_body: bool,
    /// Query and header parameters: where (`query`, `header`), name, JSON schema,
    /// description.
    /// (where: `query` or `header`, name, schema, description, required)
    query: Vec<(&'static str, &'static str, Value, &'static str, bool)>,
    /// Path parameters that are not UUIDs: name, JSON schema.
    path_schemas: Vec<(&'static str, Value)>,
}

impl Op {
    fn new(method: Method, path: &'static str, id: &'static str) -> Self {
        Op {
            method,
            path,
            id,
            tag: "",
            summary: "",
            auth: true,
            request: None,
            response: (200, None),
            errors: Vec::new(),
            large_body: false,
            query: Vec::new(),
            path_schemas: Vec::new(),
        }
    }

    pub fn get(path: &'static str, id: &'static str) -> Self {
        Self::new(Method::GET, path, id)
    }

    pub fn post(path: &'static str, id: &'static str) -> Self {
        Self::new(Method::POST, path, id)
    }

    pub fn put(path: &'static str, id: &'static str) -> Self {
        Self::new(Method::PUT, path, id)
    }

    pub fn delete(path: &'static str, id: &'static str) -> Self {
        Self::new(Method::DELETE, path, id)
    }

    pub fn tag(mut self, tag: &'static str) -> Self {
        self.tag = tag;
        self
    }

    pub fn summary(mut self, s: &'static str) -> Self {
        self.summary = s;
        self
    }

    /// No device credential needed.
    pub fn public(mut self) -> Self {
        self.auth = false;
        self
    }

    /// This operation takes bodies up to the large limit (message sends), not the usual one.
    pub fn large_body(mut self) -> Self {
        self.large_body = true;
        self
    }

    /// An optional query parameter, with the JSON schema of the values the server accepts.
    pub fn query(mut self, name: &'static str, schema: Value, description: &'static str) -> Self {
        self.query.push(("query", name, schema, description, false));
        self
    }

    /// A query parameter the request must have.
    pub fn required_query(
        mut self,
        name: &'static str,
        schema: Value,
        description: &'static str,
    ) -> Self {
        self.query.push(("query", name, schema, description, true));
        self
    }

    /// An optional request header, with the JSON schema of the values the server accepts.
    pub fn header(mut self, name: &'static str, schema: Value, description: &'static str) -> Self {
        self.query
            .push(("header", name, schema, description, false));
        self
    }

    /// The schema of a path parameter that is not a UUID.
    pub fn path_param(mut self, name: &'static str, schema: Value) -> Self {
        self.path_schemas.push((name, schema));
        self
    }

    pub fn body<T: JsonSchema>(mut self) -> Self {
        self.request = Some(schema_of::<T>);
        self
    }

    pub fn returns<T: JsonSchema>(mut self, status: u16) -> Self {
        self.response = (status, Some(schema_of::<T>));
        self
    }

    /// The error codes this operation can return besides the common ones (authentication,
    /// malformed bodies, server errors), which are added automatically.
    pub fn errors(mut self, codes: &[ErrorCode]) -> Self {
        self.errors.extend_from_slice(codes);
        self
    }

    pub fn method(&self) -> &Method {
        &self.method
    }

    pub fn path(&self) -> &'static str {
        self.path
    }

    fn all_errors(&self) -> Vec<ErrorCode> {
        let mut codes = Vec::new();
        if self.auth {
            codes.extend([
                ErrorCode::AuthCredentialMissing,
                ErrorCode::AuthCredentialInvalid,
                ErrorCode::AuthDeviceRevoked,
            ]);
        }
        if self.request.is_some() {
            codes.extend([
                ErrorCode::RequestMalformedJson,
                ErrorCode::RequestInvalidField,
                ErrorCode::RequestUnknownField,
                ErrorCode::RequestBodyTooLarge,
                ErrorCode::RequestUnsupportedMediaType,
            ]);
        }
        if self.path.contains('{') {
            codes.push(ErrorCode::RequestInvalidId);
        }
        if !self.query.is_empty() {
            codes.push(ErrorCode::RequestInvalidField);
        }
        codes.extend(self.errors.iter().copied());
        codes.extend([ErrorCode::ServerInternal, ErrorCode::ServerUnavailable]);
        let mut seen = Vec::new();
        codes.retain(|c| {
            let new = !seen.contains(c);
            seen.push(*c);
            new
        });
        codes
    }
}

/// The routes of one path: its methods' handlers, and whether it takes large bodies.
struct PathRoutes {
    path: &'static str,
    routes: Vec<(Method, Route)>,
    large: bool,
}

/// Routes under construction: handlers grouped by path, and their descriptions.
#[derive(Default)]
pub struct Api {
    paths: Vec<PathRoutes>,
    ops: Vec<Op>,
}

impl std::fmt::Debug for Api {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Api").field("ops", &self.ops.len()).finish()
    }
}

impl Api {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn route<F, Args>(&mut self, op: Op, handler: F)
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        let route = web::method(op.method.clone()).to(handler);
        let slot = match self.paths.iter().position(|p| p.path == op.path) {
            Some(i) => i,
            None => {
                self.paths.push(PathRoutes {
                    path: op.path,
                    routes: Vec::new(),
                    large: false,
                });
                self.paths.len() - 1
            }
        };
        if let Some(p) = self.paths.get_mut(slot) {
            p.routes.push((op.method.clone(), route));
            p.large |= op.large_body;
        }
        self.ops.push(op);
    }

    pub fn ops(&self) -> &[Op] {
        &self.ops
    }

    /// Mounts every route. A known path with another method answers 405 with `Allow`.
    /// Paths with large bodies take up to `large_limit` bytes.
    ///
    /// The paths are mounted as a tree of scopes, one per segment: actix matches a
    /// parametrised segment with a regular expression and tries resources in order, so a
    /// flat list made every request run the expressions of the routes before its own
    /// (a twentieth of the server's time under message load). In the tree a request
    /// compares literal segments and matches one expression per parameter on its way.
    pub fn mount(self, cfg: &mut ServiceConfig, large_limit: usize) {
        let mut root = Node::default();
        for p in self.paths {
            let segments: Vec<&'static str> = p.path.split('/').filter(|s| !s.is_empty()).collect();
            root.insert(&segments, p);
        }
        root.mount(cfg, large_limit);
    }
}

/// A segment of the route tree: the routes that end here and the segments below.
#[derive(Default)]
struct Node {
    here: Option<PathRoutes>,
    below: Vec<(&'static str, Node)>,
}

impl Node {
    fn insert(&mut self, segments: &[&'static str], routes: PathRoutes) {
        match segments.split_first() {
            None => self.here = Some(routes),
            Some((first, rest)) => {
                let i = match self.below.iter().position(|(s, _)| s == first) {
                    Some(i) => i,
                    None => {
                        self.below.push((first, Node::default()));
                        self.below.len() - 1
                    }
                };
                if let Some((_, node)) = self.below.get_mut(i) {
                    node.insert(rest, routes);
                }
            }
        }
    }

    fn mount(self, cfg: &mut ServiceConfig, large_limit: usize) {
        if let Some(p) = self.here {
            let mut allow: Vec<&str> = p.routes.iter().map(|(m, _)| m.as_str()).collect();
            allow.sort_unstable();
            let allow = allow.join(", ");
            let mut res = web::resource("");
            for (_, route) in p.routes {
                res = res.route(route);
            }
            if p.large {
                res = res.app_data(crate::http::json::payload_config(large_limit));
            }
            cfg.service(res.default_service(web::to(move || {
                let allow = allow.clone();
                async move { Err::<HttpResponse, _>(ApiError::method_not_allowed(allow)) }
            })));
        }
        // Literal segments before parameters, so `/v1/messages/ack` is not taken for
        // `/v1/messages/{account_id}`.
        let mut below = self.below;
        below.sort_by_key(|(segment, _)| segment.starts_with('{'));
        for (segment, node) in below {
            let mut scope = web::scope(&format!("/{segment}"));
            scope = scope.configure(|c| node.mount(c, large_limit));
            cfg.service(scope.default_service(web::to(crate::http::unknown_route)));
        }
    }
}

/// The OpenAPI 3.0 document for these operations.
pub fn openapi(ops: &[Op]) -> Value {
    let mut generator = SchemaSettings::openapi3().into_generator();
    let error_schema = generator.subschema_for::<ErrorBody>();
    let mut paths: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
    for op in ops {
        let mut operation = Map::new();
        operation.insert("operationId".into(), json!(op.id));
        operation.insert("summary".into(), json!(op.summary));
        if !op.tag.is_empty() {
            operation.insert("tags".into(), json!([op.tag]));
        }
        let mut params: Vec<Value> = op
            .path
            .split('/')
            .filter_map(|seg| seg.strip_prefix('{')?.strip_suffix('}'))
            .map(|name| {
                let schema = op
                    .path_schemas
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map_or_else(
                        || {
                            json!({"type": "string", "format": "uuid",
                                   "pattern": kinbridge_protocol::ids::UUID_PATTERN})
                        },
                        |(_, s)| s.clone(),
                    );
                json!({"name": name, "in": "path", "required": true, "schema": schema})
            })
            .collect();
        params.extend(
            op.query
                .iter()
                .map(|(place, name, schema, description, required)| {
                    json!({"name": name, "in": place, "required": required,
                           "description": description, "schema": schema})
                }),
        );
        if !params.is_empty() {
            operation.insert("parameters".into(), Value::Array(params));
        }
        operation.insert(
            "security".into(),
            if op.auth {
                json!([{"device": []}])
            } else {
                json!([])
            },
        );
        if let Some(request) = op.request {
            let schema = request(&mut generator);
            operation.insert(
                "requestBody".into(),
                json!({"required": true, "content": {"application/json": {"schema": schema}}}),
            );
        }
        let mut responses = Map::new();
        let (status, body) = op.response;
        let ok = match body {
            Some(f) => {
                json!({"description": "Success", "content": {"application/json": {"schema": f(&mut generator)}}})
            }
            None => json!({"description": "Success"}),
        };
        responses.insert(status.to_string(), ok);
        let mut by_status: BTreeMap<u16, Vec<&str>> = BTreeMap::new();
        for code in op.all_errors() {
            by_status
                .entry(code.http_status())
                .or_default()
                .push(code.as_str());
        }
        for (status, codes) in by_status {
            responses.insert(
                status.to_string(),
                json!({"description": format!("Error codes: {}", codes.join(", ")),
                       "content": {"application/json": {"schema": error_schema.clone()}}}),
            );
        }
        operation.insert("responses".into(), Value::Object(responses));
        paths.entry(op.path).or_default().insert(
            op.method.as_str().to_ascii_lowercase(),
            Value::Object(operation),
        );
    }
    let schemas = generator.take_definitions(true);
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "Kinbridge API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Messaging, consent and complaints for family tracing and reunification of separated children. Every error is {\"error\":{\"code\",\"message\"}} with a stable code.",
            "license": {"name": "AGPL-3.0-only"}
        },
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "device": {"type": "http", "scheme": "bearer",
                           "description": "The device credential returned by enrolment."}
            }
        }
    })
}
