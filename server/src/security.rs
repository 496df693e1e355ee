//! Security headers on every response, and the refusal of cross-site writes.
use axum::extract::{Request, State};
use std::sync::Arc;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

/// The policy for responses that carry no script: everything from this origin only. Pages get
/// a stricter one with a per-response nonce (see `app::App`), which this never overrides.
pub const DEFAULT_CSP: &str = "default-src 'self'; img-src 'self' data:; object-src 'none'; \
     base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// What `headers` needs to know about the site.
#[derive(Debug, Clone, Copy)]
pub struct HeaderRules {
    /// The public address is https: browsers are told to use nothing else.
    pub https: bool,
}

pub async fn headers(State(rules): State<HeaderRules>, request: Request, next: Next) -> Response {
    let personal = carries_session(request.headers());
    // A mailed link's address holds its token: not even our own requests repeat it.
    let holds_token = request.uri().query().is_some_and(|q| q.to_ascii_lowercase().contains("token"));
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    // Whatever is answered to a browser with a session (someone logged in, or in the middle of
    // a form) or sets a cookie is that person's alone: no cache keeps it, unless the answer
    // says otherwise itself (the bundle and public files, the same for everyone). So a new
    // personal page cannot forget it; pages marked private (`LocalisedHead`) also say it.
    if (personal || h.contains_key(header::SET_COOKIE)) && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if rules.https {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    h.entry(header::CONTENT_SECURITY_POLICY).or_insert(HeaderValue::from_static(DEFAULT_CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // No referrer ever leaves the site, and our own form posts carry our real `Origin` (under
    // `no-referrer` they sent `Origin: null`, which browsers without Fetch Metadata then had
    // refused as cross-site: Safari before 16.4).
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static(if holds_token { "no-referrer" } else { "same-origin" }));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    response
}

/// State changes only ever come from our own pages. A request that may change state (anything
/// but GET, HEAD, OPTIONS) is refused with 403 unless the browser vouches that it is
/// same-origin. Browsers that send `Sec-Fetch-Site` are judged by it alone. Older browsers are
/// judged by `Origin`, which must name this site: the request's `Host`, or the public address
/// (a reverse proxy may pass on another `Host`); `null` is refused. Requests with neither
/// header (curl, scripts) pass: no browser sends a cross-site post without them.
pub async fn same_origin_writes(State(public_url): State<Arc<str>>, request: Request, next: Next) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let refused = match headers.get("sec-fetch-site").map(|v| v.to_str()) {
        Some(site) => site.ok() != Some("same-origin"),
        None => match headers.get(header::ORIGIN).map(|v| v.to_str()) {
            None => false,
            Some(Ok(origin)) => {
                let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("");
                let ours = origin_host(origin).is_some_and(|o| o == host || Some(o) == origin_host(&public_url));
                !ours
            }
            Some(Err(_)) => true,
        },
    };
    if refused {
        tracing::warn!(method = %request.method(), path = %request.uri().path(), "refused a cross-site write");
        return crate::messages::respond(StatusCode::FORBIDDEN, crate::messages::Message::CrossSite, request.headers());
    }
    next.run(request).await
}

/// How long a request's whole body may take to arrive, and how large it may be.
#[derive(Debug, Clone, Copy)]
pub struct BodyRules {
    pub deadline: std::time::Duration,
    pub max_bytes: usize,
}

/// Reads the request's whole body before anything else sees it, within `deadline` from the
/// end of the headers: one deadline for the whole body, not for the pause between two pieces
/// of it (tower-http's body timeout), so a client sending a byte now and then cannot hold a
/// connection. 408 past it, 413 past `max_bytes`; nothing is done with such a request. Bodies
/// are small here (forms, 64 KiB by default), and every handler reads them whole anyway.
pub async fn whole_body_in_time(State(rules): State<BodyRules>, request: Request, next: Next) -> Response {
    let max_bytes = if takes_a_file(&request) { rules.max_bytes.max(UPLOAD_MAX_BYTES) } else { rules.max_bytes };
    let (parts, body) = request.into_parts();
    match tokio::time::timeout(rules.deadline, axum::body::to_bytes(body, max_bytes)).await {
        Ok(Ok(bytes)) => next.run(Request::from_parts(parts, axum::body::Body::from(bytes))).await,
        Ok(Err(_)) => crate::messages::respond(StatusCode::PAYLOAD_TOO_LARGE, crate::messages::Message::TooLarge, &parts.headers),
        Err(_) => {
            tracing::warn!(method = %parts.method, path = %parts.uri.path(), "a request body did not arrive in time");
            let mut response = crate::messages::respond(StatusCode::REQUEST_TIMEOUT, crate::messages::Message::TooSlow, &parts.headers);
            response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
            response
        }
    }
}

/// The largest body of the one route that takes a file (signatures imported from a CSV file):
/// the file's own limit and room for the form around it.
pub const UPLOAD_MAX_BYTES: usize = app::actions::queries::MAX_IMPORT_BYTES + 64 * 1024;

/// Whether the request posts to the route that takes a file, `/actions/{slug}/signers/import`.
fn takes_a_file(request: &Request) -> bool {
    let path = request.uri().path();
    request.method() == Method::POST
        && path.strip_prefix("/actions/").and_then(|rest| rest.strip_suffix("/signers/import")).is_some_and(|slug| !slug.is_empty() && !slug.contains('/'))
}

/// Whatever refused an oversized body (the limit layer, an extractor), the reader gets the
/// same short message in their language.
pub async fn explain_too_large(request: Request, next: Next) -> Response {
    let headers = request.headers().clone();
    let response = next.run(request).await;
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return crate::messages::respond(StatusCode::PAYLOAD_TOO_LARGE, crate::messages::Message::TooLarge, &headers);
    }
    response
}

/// Whether the request carries a session cookie (`tadamun_session`, or `__Host-tadamun_session`
/// over https).
fn carries_session(headers: &axum::http::HeaderMap) -> bool {
    headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).any(|cookies| {
        cookies.split(';').any(|pair| pair.trim().split('=').next().is_some_and(|name| name.ends_with("tadamun_session")))
    })
}

/// `https://example.org:8443` → `example.org:8443`; `null` and malformed origins → None.
fn origin_host(origin: &str) -> Option<&str> {
    let origin = origin.trim_end_matches('/');
    let rest = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://"))?;
    (!rest.is_empty() && !rest.contains('/')).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::origin_host;

    #[test]
    fn origins_are_reduced_to_their_host() {
        assert_eq!(origin_host("http://127.0.0.1:3000"), Some("127.0.0.1:3000"));
        assert_eq!(origin_host("https://tadamun.example"), Some("tadamun.example"));
        assert_eq!(origin_host("null"), None);
        assert_eq!(origin_host("https://evil.example/path"), None);
    }
}
