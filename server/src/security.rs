//! Security headers on every response, and the refusal of cross-site writes.
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

/// The policy for responses that carry no script: everything from this origin only. Pages get
/// a stricter one with a per-response nonce (see `app::App`), which this never overrides.
pub const DEFAULT_CSP: &str = "default-src 'self'; img-src 'self' data:; object-src 'none'; \
     base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

pub async fn headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.entry(header::CONTENT_SECURITY_POLICY).or_insert(HeaderValue::from_static(DEFAULT_CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
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
/// same-origin. Browsers that send `Sec-Fetch-Site` are judged by it alone: our own forms send
/// `Origin: null` because of `Referrer-Policy: no-referrer`. Older browsers are judged by
/// `Origin`. Requests with neither header (curl, scripts) pass: no browser forges those.
pub async fn same_origin_writes(request: Request, next: Next) -> Response {
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
                origin_host(origin) != Some(host)
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

/// `https://example.org:8443` → `example.org:8443`; `null` and malformed origins → None.
fn origin_host(origin: &str) -> Option<&str> {
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
