//! Pages for anonymous readers, kept for a moment.
//!
//! Most requests a network's site gets are readers without an account opening the same few
//! pages (the letter everyone is sharing, the directory), and every one of them used to be
//! rendered anew. A page rendered for a reader with no session is the same for the next such
//! reader of the same address and language, so it is kept and served again while all of these
//! hold:
//!
//! - the database's revisions (`app::db::Scope`) are the ones it was rendered at: a change to
//!   an organisation or an event, on any instance, is seen by the next request;
//! - it is younger than the configured time (two seconds by default): what no revision
//!   follows (seat counts, whether an event has begun) is never older than that, or than
//!   twice that while one request renders the page again (below);
//! - no write (any request but GET, HEAD, OPTIONS) has been answered by this instance since it
//!   was rendered: whoever just saved something sees it on the next page.
//!
//! Only pages are kept: GET, no cookie but the language choice, no `token` in the address
//! (mailed links are one person's), status 200, HTML, no `Set-Cookie`, no `Location`, no
//! `no-store`.
//!
//! A rendered page allows its inline scripts by a nonce made for that response. A kept page
//! allows the same scripts by their hashes instead (`'sha256-…'`, CSP level 2), so every copy
//! is the same bytes and is compressed once, not once per reader: brotli costs a browser's
//! request twenty times what serving the kept page does (bench/README.md). The reader whose
//! request rendered it gets that copy too, so a page is compressed once per rendering.
//!
//! One request at a time renders a page for keeping. Otherwise, under load, every request in
//! those milliseconds would render (and compress, and query) the same page at once: after a
//! write cleared the pages, or on the first requests for an address, that was a burst of slow
//! answers (bench/README.md, p99). The readers who arrive meanwhile wait for it and are given
//! its page, or, when the page they find has only grown too old, are given the old copy at
//! once. A change to the data is never served late this way: a page at other revisions is
//! never given out, nor one rendered before a write this instance answered.
use crate::compression;
use app::db::Db;
use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// Pages kept per instance; past this, the expired go first, then everything.
const CAPACITY: usize = 1024;
/// Larger pages are served but not kept.
const LARGEST: usize = 512 * 1024;
/// How long a request waits for another that renders the same page before rendering its own.
const WAIT_AT_MOST: Duration = Duration::from_secs(2);
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
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    pages: HashMap<String, Arc<Kept>>,
    /// The pages each being rendered by one request, for the others to wait for; the sender
    /// is dropped, which wakes them, when that request ends.
    rendering: HashMap<String, watch::Sender<()>>,
}

struct Kept {
    stored: Instant,
    revisions: Vec<(String, i64)>,
    status: StatusCode,
    /// With the policy that allows the page's scripts by hash (`by_hash`).
    headers: HeaderMap,
    body: Bytes,
    /// The body in brotli, made for the first reader whose browser takes it.
    brotli: OnceLock<Bytes>,
}

impl Kept {
    fn new(revisions: Vec<(String, i64)>, status: StatusCode, headers: HeaderMap, body: Bytes) -> Kept {
        Kept { stored: Instant::now(), revisions, status, headers, body, brotli: OnceLock::new() }
    }
}

/// What the cache has for a request.
enum Found {
    /// Young enough; or too old (under twice the time, at the same revisions) while another
    /// request renders it again.
    Page(Arc<Kept>),
    /// Being rendered by another request, and nothing to give meanwhile.
    Rendering(watch::Receiver<()>),
    /// This request is to render it, for the others too.
    Render(Rendering),
}

/// Held by the request that renders a page for keeping. When it ends, however it ends (the
/// page kept, not keepable, or the reader gone), the requests waiting for it look again.
struct Rendering {
    pages: Arc<Pages>,
    key: String,
}

impl Drop for Rendering {
    fn drop(&mut self) {
        self.pages.inner().rendering.remove(&self.key);
    }
}

impl Pages {
    fn new(keep_for: Duration) -> Pages {
        Pages { keep_for, generation: AtomicU64::new(0), inner: Mutex::default() }
    }

    fn inner(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn find(self: &Arc<Self>, key: &str, revisions: &[(String, i64)], now: Instant) -> Found {
        let mut inner = self.inner();
        let kept = inner.pages.get(key).filter(|kept| kept.revisions == revisions);
        let age = kept.map(|kept| now.saturating_duration_since(kept.stored));
        let old = kept.filter(|_| age.is_some_and(|age| age < self.keep_for * 2)).cloned();
        if let Some(kept) = old.clone().filter(|_| age.is_some_and(|age| age < self.keep_for)) {
            return Found::Page(kept);
        }
        if let Some(rendering) = inner.rendering.get(key) {
            return match old {
                Some(kept) => Found::Page(kept),
                None => Found::Rendering(rendering.subscribe()),
            };
        }
        inner.rendering.insert(key.to_string(), watch::channel(()).0);
        Found::Render(Rendering { pages: self.clone(), key: key.to_string() })
    }

    fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    fn put(&self, key: String, kept: Arc<Kept>, rendered_in: u64) {
        let mut inner = self.inner();
        // Checked under the lock that `forget_all` takes too, so a write answered while this
        // page was rendering can never be followed by the page from before it.
        if self.generation() != rendered_in {
            return;
        }
        let pages = &mut inner.pages;
        if pages.len() >= CAPACITY && !pages.contains_key(&key) {
            let now = Instant::now();
            pages.retain(|_, p| now.saturating_duration_since(p.stored) < self.keep_for * 2);
            if pages.len() >= CAPACITY {
                pages.clear();
            }
        }
        pages.insert(key, kept);
    }

    fn forget_all(&self) {
        let mut inner = self.inner();
        self.generation.fetch_add(1, Ordering::SeqCst);
        inner.pages.clear();
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
    let accepts_brotli = compression::accepts_brotli(request.headers());
    // Read before rendering, as the read cache does: a write landing meanwhile makes the
    // page stale at once.
    let Ok(revisions) = db.revisions().await else {
        return next.run(request).await;
    };
    // Held while this request renders the page for the others too.
    let _rendering = match cache.find(&key, &revisions, Instant::now()) {
        Found::Page(kept) => return hit(&kept, accepts_brotli),
        Found::Render(rendering) => Some(rendering),
        Found::Rendering(mut done) => {
            // Another request is rendering it: its page is this one's too. If it was not
            // kept after all (not keepable, or a write came), this request renders its own.
            let _ = tokio::time::timeout(WAIT_AT_MOST, done.changed()).await;
            match cache.find(&key, &revisions, Instant::now()) {
                Found::Page(kept) => return hit(&kept, accepts_brotli),
                Found::Render(rendering) => Some(rendering),
                Found::Rendering(_) => None,
            }
        }
    };
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
    let Some((headers, page)) = by_hash(&parts.headers, &body).filter(|_| body.len() <= LARGEST) else {
        return Response::from_parts(parts, Body::from(body));
    };
    let kept = Arc::new(Kept::new(revisions, parts.status, headers, page));
    // Compressed here, by the request that rendered it, before anyone else can be given it:
    // readers of a page just kept never wait for one another.
    let response = copy(&kept, accepts_brotli);
    cache.put(key, kept, generation);
    response
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

/// A kept page, for a reader whose request did not render it.
fn hit(kept: &Kept, accepts_brotli: bool) -> Response {
    let mut response = copy(kept, accepts_brotli);
    response.headers_mut().insert(HIT_HEADER, HeaderValue::from_static("hit"));
    response
}

fn copy(kept: &Kept, accepts_brotli: bool) -> Response {
    let mut headers = kept.headers.clone();
    let body = if accepts_brotli && compression::worth_compressing(&kept.body) {
        let compressed = kept.brotli.get_or_init(|| Bytes::from(compression::brotli_page(&kept.body))).clone();
        compression::label_brotli(&mut headers, compressed.len());
        compressed
    } else {
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(kept.body.len()));
        kept.body.clone()
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = kept.status;
    *response.headers_mut() = headers;
    response
}

/// The page's headers and body for keeping: its policy allows the scripts that carried the
/// response's nonce by their SHA-256 instead, and the nonce is gone from the page. `None` when
/// a script cannot be read whole (the page is then served but not kept).
fn by_hash(headers: &HeaderMap, body: &Bytes) -> Option<(HeaderMap, Bytes)> {
    let policy = headers.get(header::CONTENT_SECURITY_POLICY).and_then(|v| v.to_str().ok());
    let Some((policy, nonce)) = policy.and_then(|p| Some((p, nonce_in(p)?))) else {
        return Some((headers.clone(), body.clone()));
    };
    let page = std::str::from_utf8(body).ok()?;
    let marked = format!("nonce=\"{nonce}\"");
    let mut sources = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find("<script") {
        let tag_end = start + rest[start..].find('>')?;
        let content_end = tag_end + 1 + rest[tag_end + 1..].find("</script>")?;
        if rest[start..tag_end].contains(&marked) {
            let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(&rest[tag_end + 1..content_end]));
            let source = format!("'sha256-{hash}'");
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
        rest = &rest[content_end..];
    }
    let mut headers = headers.clone();
    let policy = match sources.is_empty() {
        true => policy.replace(&format!(" 'nonce-{nonce}'"), ""),
        false => policy.replace(&format!("'nonce-{nonce}'"), &sources.join(" ")),
    };
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_str(&policy).ok()?);
    // A nonce left in the page would vouch for nothing now; `crossorigin=""` is what the
    // preload links had in effect already (an unknown value counts as "anonymous").
    Some((headers, Bytes::from(page.replace(nonce.as_str(), ""))))
}

/// `abc` from a policy's `'nonce-abc'`.
fn nonce_in(policy: &str) -> Option<String> {
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let len = policy[start..].find('\'')?;
    (len > 0).then(|| policy[start..start + len].to_string())
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

    fn page(stored: Instant, revision: i64) -> Arc<Kept> {
        let mut kept = Kept::new(vec![("directory".into(), revision)], StatusCode::OK, HeaderMap::new(), Bytes::from_static(b"<p>page</p>"));
        kept.stored = stored;
        Arc::new(kept)
    }

    /// What `find` found, in a word. A `Render` is dropped at once: that request has ended.
    fn found(pages: &Arc<Pages>, key: &str, revision: i64, at: Instant) -> &'static str {
        match pages.find(key, &[("directory".into(), revision)], at) {
            Found::Page(kept) if at.saturating_duration_since(kept.stored) < pages.keep_for => "fresh",
            Found::Page(_) => "old",
            Found::Rendering(_) => "wait",
            Found::Render(_) => "render",
        }
    }

    fn cache() -> Arc<Pages> {
        Arc::new(Pages::new(Duration::from_secs(2)))
    }

    #[test]
    fn a_page_is_served_at_its_revisions_while_young() {
        let pages = cache();
        let now = Instant::now();
        pages.put("k".into(), page(now, 7), pages.generation());
        assert_eq!(found(&pages, "k", 7, now + Duration::from_secs(1)), "fresh");
        assert_eq!(found(&pages, "k", 8, now), "render", "a write to the data");
        assert_eq!(found(&pages, "k", 7, now + Duration::from_secs(2)), "render", "too old");
        assert_eq!(found(&pages, "other", 7, now), "render");
    }

    #[test]
    fn one_request_at_a_time_renders_a_page_and_the_others_wait_or_get_the_old_one() {
        let pages = cache();
        let now = Instant::now();
        let Found::Render(rendering) = pages.find("new", &[("directory".into(), 1)], now) else { panic!("the first renders") };
        assert_eq!(found(&pages, "new", 1, now), "wait", "nothing to give yet");
        drop(rendering);
        assert_eq!(found(&pages, "new", 1, now), "render", "once it ends, however it ended, another may");

        pages.put("k".into(), page(now, 7), pages.generation());
        let later = now + Duration::from_secs(3);
        let Found::Render(_rendering) = pages.find("k", &[("directory".into(), 7)], later) else { panic!("too old: renders") };
        assert_eq!(found(&pages, "k", 7, later), "old", "given the old page meanwhile");
        assert_eq!(found(&pages, "k", 8, later), "wait", "not at other revisions");
        assert_eq!(found(&pages, "k", 7, now + Duration::from_secs(4)), "wait", "nor twice too old");
        assert_eq!(found(&pages, "k", 7, now + Duration::from_secs(1)), "fresh");
    }

    #[test]
    fn a_write_forgets_every_page_and_any_page_rendered_before_it() {
        let pages = cache();
        let now = Instant::now();
        pages.put("a".into(), page(now, 1), pages.generation());
        let rendering_since = pages.generation();
        pages.forget_all();
        assert_eq!(found(&pages, "a", 1, now), "render");
        pages.put("b".into(), page(now, 1), rendering_since);
        assert_eq!(found(&pages, "b", 1, now), "render", "rendered before the write");
        pages.put("b".into(), page(now, 1), pages.generation());
        assert_eq!(found(&pages, "b", 1, now), "fresh");
    }

    #[test]
    fn a_full_cache_makes_room() {
        let pages = cache();
        let old = Instant::now() - Duration::from_secs(5);
        for i in 0..CAPACITY {
            pages.put(format!("old{i}"), page(old, 1), pages.generation());
        }
        pages.put("new".into(), page(Instant::now(), 1), pages.generation());
        assert_eq!(pages.inner().pages.len(), 1, "the expired went first");
        assert_eq!(found(&pages, "new", 1, Instant::now()), "fresh");
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
    fn a_nonce_is_read_from_the_policy() {
        assert_eq!(nonce_in("script-src 'self' 'nonce-Ab_9' 'wasm-unsafe-eval'").as_deref(), Some("Ab_9"));
        assert_eq!(nonce_in("default-src 'self'"), None);
    }

    fn rendered(policy: &'static str, body: &'static str) -> (HeaderMap, Bytes) {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(policy));
        (headers, Bytes::from_static(body.as_bytes()))
    }

    #[test]
    fn a_kept_page_allows_by_hash_exactly_the_scripts_its_nonce_allowed() {
        let (headers, body) = rendered(
            "default-src 'self'; script-src 'self' 'nonce-N0nce' 'wasm-unsafe-eval'",
            "<link crossorigin=\"N0nce\"><script type=\"module\" nonce=\"N0nce\">alert(1)</script>\
             <script nonce=\"N0nce\"></script><script>alert(2)</script><script nonce=\"N0nce\">alert(1)</script>",
        );
        let (headers, page) = by_hash(&headers, &body).unwrap();
        // sha256 in base64 of "alert(1)" and of "", as `openssl dgst -sha256 -binary | base64` gives.
        assert_eq!(
            headers[header::CONTENT_SECURITY_POLICY],
            "default-src 'self'; script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=' \
             'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' 'wasm-unsafe-eval'"
        );
        let page = std::str::from_utf8(&page).unwrap();
        assert!(!page.contains("N0nce"), "{page}");
        assert!(page.contains("<script>alert(2)</script>"), "a script without the nonce stays unallowed");
    }

    #[test]
    fn a_page_without_a_nonce_or_without_scripts_is_kept_as_it_is_or_tidily() {
        let (headers, body) = rendered("default-src 'self'", "<p>page</p>");
        let (kept_headers, page) = by_hash(&headers, &body).unwrap();
        assert_eq!(kept_headers, headers);
        assert_eq!(page, body);
        let (headers, body) = rendered("script-src 'self' 'nonce-N' 'wasm-unsafe-eval'", "<p>page</p>");
        assert_eq!(by_hash(&headers, &body).unwrap().0[header::CONTENT_SECURITY_POLICY], "script-src 'self' 'wasm-unsafe-eval'");
        let (headers, body) = rendered("script-src 'nonce-N'", "<script nonce=\"N\">cut off");
        assert!(by_hash(&headers, &body).is_none(), "a script not read whole is not kept");
    }

    #[test]
    fn every_copy_is_the_same_page_compressed_once() {
        let body = Bytes::from("<p>a page long enough to be worth compressing</p>".repeat(20));
        let kept = Kept::new(Vec::new(), StatusCode::OK, HeaderMap::new(), body.clone());
        let plain = hit(&kept, false);
        assert_eq!(plain.headers()[HIT_HEADER], "hit");
        assert!(!plain.headers().contains_key(header::CONTENT_ENCODING));
        assert_eq!(futures_body(plain).as_bytes(), &body[..]);
        let first = copy(&kept, true);
        assert!(first.headers().get(HIT_HEADER).is_none(), "the reader whose request rendered it");
        assert_eq!(first.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(first.headers()[header::VARY], "accept-encoding");
        let compressed = kept.brotli.get().unwrap().clone();
        assert!(compressed.len() < body.len() / 4);
        let second = hit(&kept, true);
        assert_eq!(second.headers()[header::CONTENT_LENGTH], compressed.len().to_string().as_str());
        let mut unpacked = Vec::new();
        brotli::BrotliDecompress(&mut &compressed[..], &mut unpacked).unwrap();
        assert_eq!(unpacked, &body[..]);
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
