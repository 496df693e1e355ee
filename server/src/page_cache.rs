//! Pages for anonymous readers, kept for a moment.
//!
//! Most requests a network's site gets are readers without an account opening the same few
//! pages (the letter everyone is sharing, the directory), and every one of them used to be
//! rendered anew. A page rendered for a reader with no session is the same for the next such
//! reader of the same address and language, so it is kept and served again, with a fresh CSP
//! nonce, while all of these hold:
//!
//! - the database's revisions (`app::db::Scope`) are the ones it was rendered at: a change to
//!   an organisation or an event, on any instance, is seen by the next request;
//! - it is younger than the configured time (two seconds by default): what no revision
//!   follows (seat counts, whether an event has begun) is never older than that;
//! - no write (any request but GET, HEAD, OPTIONS) has been answered by this instance since it
//!   was rendered: whoever just saved something sees it on the next page.
//!
//! Only pages are kept: GET, no cookie but the language choice, no `token` in the address
//! (mailed links are one person's), status 200, HTML, no `Set-Cookie`, no `Location`.
use app::db::Db;
use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rand::Rng;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Pages kept per instance; past this, the expired go first, then everything.
const CAPACITY: usize = 1024;
/// Larger pages are served but not kept.
const LARGEST: usize = 512 * 1024;
/// Tells whoever looks (tests, an operator with curl) that a response was a kept page.
pub const HIT_HEADER: &str = "x-page-cache";

/// The middleware's state: the database whose revisions a page is checked against, and the
/// pages kept.
#[derive(Clone)]
pub struct PageCache {
    db: Db,
    pages: Arc<Pages>,
}

impl PageCache {
    /// `keep_for` zero keeps nothing.
    pub fn new(db: Db, keep_for: Duration) -> PageCache {
        PageCache { db, pages: Arc::new(Pages::new(keep_for)) }
    }
}

struct Pages {
    keep_for: Duration,
    /// Bumped by every write this instance answers; a page rendered before it is not kept.
    generation: AtomicU64,
    pages: Mutex<HashMap<String, Arc<Kept>>>,
}

struct Kept {
    stored: Instant,
    revisions: Vec<(String, i64)>,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    /// The CSP nonce the page was rendered with, replaced in every copy served.
    nonce: Option<String>,
}

impl Pages {
    fn new(keep_for: Duration) -> Pages {
        Pages { keep_for, generation: AtomicU64::new(0), pages: Mutex::default() }
    }

    fn pages(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<Kept>>> {
        self.pages.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn get(&self, key: &str, revisions: &[(String, i64)], now: Instant) -> Option<Arc<Kept>> {
        let pages = self.pages();
        let kept = pages.get(key)?;
        let fresh = now.saturating_duration_since(kept.stored) < self.keep_for && kept.revisions == revisions;
        fresh.then(|| kept.clone())
    }

    fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    fn put(&self, key: String, kept: Kept, rendered_in: u64) {
        let mut pages = self.pages();
        // Checked under the lock that `forget_all` takes too, so a write answered while this
        // page was rendering can never be followed by the page from before it.
        if self.generation() != rendered_in {
            return;
        }
        if pages.len() >= CAPACITY && !pages.contains_key(&key) {
            let now = Instant::now();
            pages.retain(|_, p| now.saturating_duration_since(p.stored) < self.keep_for);
            if pages.len() >= CAPACITY {
                pages.clear();
            }
        }
        pages.insert(key, Arc::new(kept));
    }

    fn forget_all(&self) {
        let mut pages = self.pages();
        self.generation.fetch_add(1, Ordering::SeqCst);
        pages.clear();
    }
}

/// The middleware (`from_fn_with_state`).
pub async fn pages(State(PageCache { db, pages: cache }): State<PageCache>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    if method != Method::GET {
        let response = next.run(request).await;
        if !matches!(method, Method::HEAD | Method::OPTIONS) {
            cache.forget_all();
        }
        return response;
    }
    let Some(key) = key(&request).filter(|_| !cache.keep_for.is_zero()) else {
        return next.run(request).await;
    };
    // Read before rendering, as the read cache does: a write landing meanwhile makes the
    // page stale at once.
    let Ok(revisions) = db.revisions().await else {
        return next.run(request).await;
    };
    if let Some(kept) = cache.get(&key, &revisions, Instant::now()) {
        return serve_copy(&kept);
    }
    let generation = cache.generation();
    let response = next.run(request).await;
    if !keepable(&response) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = to_bytes(body, usize::MAX).await else {
        // The page failed while rendering; its body is not whole, so nothing partial is sent.
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if body.len() <= LARGEST {
        let kept = Kept {
            stored: Instant::now(),
            revisions,
            status: parts.status,
            headers: parts.headers.clone(),
            body: body.clone(),
            nonce: parts.headers.get(header::CONTENT_SECURITY_POLICY).and_then(|v| v.to_str().ok()).and_then(nonce_in),
        };
        cache.put(key, kept, generation);
    }
    Response::from_parts(parts, Body::from(body))
}

/// What a page depends on besides the database, if the request is an anonymous reader's:
/// its address and what chooses its language. `None` for anything else.
fn key(request: &Request) -> Option<String> {
    let uri = request.uri();
    let path = uri.path();
    let last = path.rsplit('/').next().unwrap_or("");
    // Files (`/pkg/…`, `.ics`, `.csv`) and server functions are not pages.
    if path.starts_with("/api/") || last.contains('.') || uri.query().is_some_and(|q| q.contains("token")) {
        return None;
    }
    let headers = request.headers();
    if headers.contains_key(header::AUTHORIZATION) {
        return None;
    }
    let mut language = "";
    for cookie in headers.get_all(header::COOKIE) {
        for pair in cookie.to_str().ok()?.split(';') {
            let (name, value) = pair.trim().split_once('=').unwrap_or((pair.trim(), ""));
            if name != app::locale::COOKIE {
                return None;
            }
            language = value;
        }
    }
    let accepted = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    Some(format!("{}\n{language}\n{accepted}", uri.path_and_query().map_or(path, |p| p.as_str())))
}

fn keepable(response: &Response) -> bool {
    let headers = response.headers();
    response.status() == StatusCode::OK
        && !headers.contains_key(header::SET_COOKIE)
        && !headers.contains_key(header::LOCATION)
        && !headers.contains_key(header::CONTENT_ENCODING)
        && !headers
            .get_all(header::CACHE_CONTROL)
            .iter()
            .any(|v| v.to_str().map_or(true, |v| v.contains("no-store") || v.contains("private")))
        && headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"))
}

fn serve_copy(kept: &Kept) -> Response {
    let mut headers = kept.headers.clone();
    headers.insert(HIT_HEADER, HeaderValue::from_static("hit"));
    let body = match &kept.nonce {
        // The nonce vouches for this response's scripts only: each copy gets its own.
        Some(old) => {
            let new = new_nonce();
            if let Some(policy) = headers.get(header::CONTENT_SECURITY_POLICY).and_then(|v| v.to_str().ok()) {
                if let Ok(policy) = HeaderValue::from_str(&policy.replace(old.as_str(), &new)) {
                    headers.insert(header::CONTENT_SECURITY_POLICY, policy);
                }
            }
            match std::str::from_utf8(&kept.body) {
                Ok(page) => Bytes::from(page.replace(old.as_str(), &new)),
                Err(_) => kept.body.clone(),
            }
        }
        None => kept.body.clone(),
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = kept.status;
    *response.headers_mut() = headers;
    response
}

/// `abc` from a policy's `'nonce-abc'`.
fn nonce_in(policy: &str) -> Option<String> {
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let len = policy[start..].find('\'')?;
    (len > 0).then(|| policy[start..start + len].to_string())
}

/// 22 characters of the URL-safe base64 alphabet, 132 random bits, as Leptos's own nonces.
fn new_nonce() -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut rng = rand::thread_rng();
    (0..22).map(|_| ALPHABET[rng.gen_range(0..64)] as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(uri: &str, headers: &[(&str, &str)]) -> Request {
        let mut builder = Request::get(uri);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.body(Body::empty()).unwrap()
    }

    fn page(stored: Instant, revision: i64) -> Kept {
        Kept {
            stored,
            revisions: vec![("directory".into(), revision)],
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            body: Bytes::from_static(b"<p>page</p>"),
            nonce: None,
        }
    }

    #[test]
    fn a_page_is_served_at_its_revisions_while_young() {
        let pages = Pages::new(Duration::from_secs(2));
        let now = Instant::now();
        pages.put("k".into(), page(now, 7), pages.generation());
        assert!(pages.get("k", &[("directory".into(), 7)], now + Duration::from_secs(1)).is_some());
        assert!(pages.get("k", &[("directory".into(), 8)], now).is_none(), "a write to the data");
        assert!(pages.get("k", &[("directory".into(), 7)], now + Duration::from_secs(2)).is_none(), "too old");
        assert!(pages.get("other", &[("directory".into(), 7)], now).is_none());
    }

    #[test]
    fn a_write_forgets_every_page_and_any_page_rendered_before_it() {
        let pages = Pages::new(Duration::from_secs(2));
        let now = Instant::now();
        pages.put("a".into(), page(now, 1), pages.generation());
        let rendering_since = pages.generation();
        pages.forget_all();
        assert!(pages.get("a", &[("directory".into(), 1)], now).is_none());
        pages.put("b".into(), page(now, 1), rendering_since);
        assert!(pages.get("b", &[("directory".into(), 1)], now).is_none(), "rendered before the write");
        pages.put("b".into(), page(now, 1), pages.generation());
        assert!(pages.get("b", &[("directory".into(), 1)], now).is_some());
    }

    #[test]
    fn a_full_cache_makes_room() {
        let pages = Pages::new(Duration::from_secs(2));
        let old = Instant::now() - Duration::from_secs(5);
        for i in 0..CAPACITY {
            pages.put(format!("old{i}"), page(old, 1), pages.generation());
        }
        pages.put("new".into(), page(Instant::now(), 1), pages.generation());
        assert_eq!(pages.pages().len(), 1, "the expired went first");
        assert!(pages.get("new", &[("directory".into(), 1)], Instant::now()).is_some());
    }

    #[test]
    fn only_anonymous_readers_pages_have_a_key() {
        assert!(key(&request("/organisations?q=x", &[])).is_some());
        assert!(key(&request("/ar/events/x", &[("cookie", "i18n_pref_locale=ar")])).is_some());
        assert!(key(&request("/events/x", &[("cookie", "tadamun_session=abc")])).is_none());
        assert!(key(&request("/events/x", &[("cookie", "i18n_pref_locale=ar; __Host-tadamun_session=abc")])).is_none());
        assert!(key(&request("/events/x/rsvp?token=secret", &[])).is_none());
        assert!(key(&request("/api/organisations?q=x", &[])).is_none());
        assert!(key(&request("/events/x.ics", &[])).is_none());
        assert!(key(&request("/pkg/tadamun.abc.wasm", &[])).is_none());
        assert!(key(&request("/events/x", &[("authorization", "Bearer x")])).is_none());
    }

    #[test]
    fn the_language_choice_and_query_tell_pages_apart() {
        let plain = key(&request("/organisations", &[])).unwrap();
        let chosen = key(&request("/organisations", &[("cookie", "i18n_pref_locale=ar")])).unwrap();
        let accepted = key(&request("/organisations", &[("accept-language", "fr")])).unwrap();
        let query = key(&request("/organisations?page=2", &[])).unwrap();
        let all = [&plain, &chosen, &accepted, &query];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[test]
    fn only_a_whole_public_html_page_is_kept() {
        let response = |status: u16, headers: &[(&'static str, &'static str)]| {
            let mut response = Response::new(Body::empty());
            *response.status_mut() = StatusCode::from_u16(status).unwrap();
            for (name, value) in headers {
                response.headers_mut().append(*name, HeaderValue::from_static(value));
            }
            response
        };
        let html = ("content-type", "text/html; charset=utf-8");
        assert!(keepable(&response(200, &[html])));
        assert!(!keepable(&response(404, &[html])), "only a found page");
        assert!(!keepable(&response(200, &[("content-type", "application/json")])));
        assert!(!keepable(&response(200, &[html, ("cache-control", "no-store")])), "someone's own");
        assert!(!keepable(&response(200, &[html, ("cache-control", "private, max-age=0")])));
        assert!(!keepable(&response(200, &[html, ("set-cookie", "a=b")])));
        assert!(!keepable(&response(200, &[html, ("content-encoding", "br")])));
    }

    #[test]
    fn nonces_are_read_from_the_policy_and_made_fresh() {
        assert_eq!(nonce_in("script-src 'self' 'nonce-Ab_9' 'wasm-unsafe-eval'").as_deref(), Some("Ab_9"));
        assert_eq!(nonce_in("default-src 'self'"), None);
        let (a, b) = (new_nonce(), new_nonce());
        assert_eq!(a.len(), 22);
        assert_ne!(a, b);
        assert!(a.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
    }

    #[test]
    fn a_copy_carries_its_own_nonce_everywhere_the_page_had_one() {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("script-src 'nonce-OLDNONCE'"));
        let kept = Kept {
            stored: Instant::now(),
            revisions: vec![],
            status: StatusCode::OK,
            headers,
            body: Bytes::from_static(b"<script nonce=\"OLDNONCE\"></script><link crossorigin=\"OLDNONCE\">"),
            nonce: Some("OLDNONCE".into()),
        };
        let copy = serve_copy(&kept);
        let policy = copy.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_string();
        let new = nonce_in(&policy).unwrap();
        assert_ne!(new, "OLDNONCE");
        assert_eq!(copy.headers()[HIT_HEADER], "hit");
        let body = futures_body(copy);
        assert_eq!(body.matches(&new).count(), 2);
        assert!(!body.contains("OLDNONCE"));
    }

    fn futures_body(response: Response) -> String {
        let bytes = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(to_bytes(response.into_body(), usize::MAX))
            .unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }
}
