//! The workbench's guards, one tower layer over every route:
//!
//! - the `Host` header must name the address served (against DNS rebinding);
//! - with `--listen`, every request but the stylesheets and scripts carries the access
//!   token (`?token=` once, then a cookie);
//! - a state-changing request (anything but `GET` and `HEAD`) carries an `Origin` that
//!   is the address served and the session's CSRF token in `x-kvalitet-csrf`.
//!
//! Refusals are plain Danish text with status 403 (421 for a wrong host).

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// The header that carries the CSRF token.
pub const CSRF_HEADER: &str = "x-kvalitet-csrf";

/// The cookie that carries the access token with `--listen`.
pub const TOKEN_COOKIE: &str = "kvalitet_token";

/// What the guards compare against.
#[derive(Debug, Clone)]
pub struct Session {
    /// The `Host` values accepted: the address served, by number and by name; empty
    /// for any host (`--listen` on an unspecified address such as `0.0.0.0`, where the
    /// access token guards instead).
    pub hosts: Vec<String>,
    /// The token every state-changing request carries.
    pub csrf: String,
    /// The access token, with `--listen`.
    pub access: Option<String>,
}

impl Session {
    /// A session for a server on `hosts`, with a new CSRF token, and an access token if
    /// `listen` is set.
    pub fn new(hosts: Vec<String>, listen: bool) -> Self {
        Self {
            hosts,
            csrf: token(),
            access: listen.then(token),
        }
    }

    fn host_ok(&self, headers: &HeaderMap) -> bool {
        headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .is_some_and(|host| {
                (self.hosts.is_empty() && self.access.is_some())
                    || self.hosts.iter().any(|h| h.eq_ignore_ascii_case(host))
            })
    }

    /// The `Origin` is the address the request was sent to (its `Host`, checked).
    fn origin_ok(&self, headers: &HeaderMap) -> bool {
        let Some(origin) = headers.get(header::ORIGIN).and_then(|h| h.to_str().ok()) else {
            return false;
        };
        let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
            return false;
        };
        origin
            .strip_prefix("http://")
            .is_some_and(|origin| origin.eq_ignore_ascii_case(host))
    }

    fn csrf_ok(&self, headers: &HeaderMap) -> bool {
        headers
            .get(CSRF_HEADER)
            .and_then(|h| h.to_str().ok())
            .is_some_and(|t| same(t, &self.csrf))
    }
}

/// A new random token: 128 bits from the system's random source, in hex.
pub fn token() -> String {
    use std::io::Read as _;
    let mut bytes = [0_u8; 16];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if read.is_err() {
        // Elsewhere: std's hasher keys, drawn from the system's random source once.
        use std::hash::{BuildHasher as _, Hasher as _};
        for (index, chunk) in bytes.chunks_mut(8).enumerate() {
            let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
            hasher.write_usize(index);
            hasher.write_u128(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos()),
            );
            for (byte, value) in chunk.iter_mut().zip(hasher.finish().to_le_bytes()) {
                *byte = value;
            }
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two tokens in time independent of where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0_u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn refuse(status: StatusCode, message: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message,
    )
        .into_response()
}

/// The access token from the query (`token=`) or the cookie.
fn given_token(request: &Request) -> (Option<String>, bool) {
    let from_query = request.uri().query().and_then(|q| {
        q.split('&')
            .find_map(|pair| pair.strip_prefix("token=").map(str::to_owned))
    });
    if from_query.is_some() {
        return (from_query, true);
    }
    let from_cookie = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .flat_map(|h| h.split(';'))
        .find_map(|pair| {
            pair.trim()
                .strip_prefix(TOKEN_COOKIE)
                .and_then(|rest| rest.strip_prefix('='))
                .map(str::to_owned)
        });
    (from_cookie, false)
}

/// The layer: every guard above, in order.
pub async fn guard(State(session): State<Arc<Session>>, request: Request, next: Next) -> Response {
    if !session.host_ok(request.headers()) {
        return refuse(
            StatusCode::MISDIRECTED_REQUEST,
            "forkert Host: værkstedet svarer kun på den adresse, det blev startet på",
        );
    }
    let path = request.uri().path();
    let public = path.starts_with("/assets/") || path == "/style.css";
    let mut set_cookie = None;
    if let Some(access) = &session.access {
        let (given, from_query) = given_token(&request);
        match given {
            Some(given) if same(&given, access) => {
                if from_query {
                    set_cookie = Some(format!(
                        "{TOKEN_COOKIE}={access}; HttpOnly; SameSite=Strict; Path=/"
                    ));
                }
            }
            _ if public => {}
            _ => {
                return refuse(
                    StatusCode::FORBIDDEN,
                    "adgang nægtet: åbn adressen med den adgangsnøgle, værkstedet skrev ved start",
                )
            }
        }
    }
    let changes = !matches!(*request.method(), Method::GET | Method::HEAD);
    if changes {
        if !session.origin_ok(request.headers()) {
            return refuse(
                StatusCode::FORBIDDEN,
                "afvist: ændringer skal komme fra værkstedets egne sider (Origin)",
            );
        }
        if !session.csrf_ok(request.headers()) {
            return refuse(
                StatusCode::FORBIDDEN,
                "afvist: sessionens nøgle mangler eller er forkert (CSRF); genindlæs siden",
            );
        }
    }
    let mut response = next.run(request).await;
    if let Some(cookie) = set_cookie.and_then(|c| HeaderValue::from_str(&c).ok()) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}
