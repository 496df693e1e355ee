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
//! - no write transaction has committed on this instance since it was rendered
//!   (`Db::commits`): whoever just saved something sees it on the next page. A request that
//!   wrote nothing (refused, or no write at all) leaves the pages kept, so no script can
//!   empty the cache by posting.
//!
//! Only pages are kept: GET, no cookie but the language choice, no `token` in the address
//! (mailed links are one person's), an address under `LONGEST_ADDRESS`, status 200, HTML, no
//! `Set-Cookie`, no `Location`, no `no-store`. A page is kept under the language it is
//! rendered in (not the raw `Accept-Language`, which has endless spellings) and a hash of its
//! address, and at most `store::CAPACITY` pages (64 MiB) are kept, the oldest dropped first:
//! no request can make a key or the cache grow without bound.
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
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use by_hash::by_hash;
use sha2::Digest;
use std::sync::Arc;
use std::time::{Duration, Instant};
use store::{Found, Kept, Pages};

mod by_hash;
mod store;

/// Larger pages are served but not kept.
const LARGEST: usize = 512 * 1024;
/// Pages at longer addresses (path and query) are served but not kept.
const LONGEST_ADDRESS: usize = 2048;
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

/// The middleware (`from_fn_with_state`).
pub async fn pages(State(PageCache { db, pages: cache }): State<PageCache>, request: Request, next: Next) -> Response {
    if request.method() != Method::GET {
        return next.run(request).await;
    }
    let Some(key) = key(&request).filter(|_| !cache.keep_for.is_zero()) else {
        return next.run(request).await;
    };
    let accepts_brotli = compression::accepts_brotli(request.headers());
    // Read before rendering, as the read cache does: a write landing meanwhile makes the
    // page stale at once.
    let Ok(mut revisions) = db.revisions().await else {
        return next.run(request).await;
    };
    // A page rendered before a commit is never given out after it.
    revisions.push(("commits".to_string(), i64::try_from(db.commits()).unwrap_or(i64::MAX)));
    // Held while this request renders the page for the others too.
    let mut waited = false;
    let _rendering = loop {
        match cache.find(&key, &revisions, Instant::now()) {
            Found::Page(kept) => return hit(&kept, accepts_brotli),
            Found::Render(rendering) => break Some(rendering),
            // Still not kept after waiting once (not keepable, or a write came): its own.
            Found::Rendering(_) if waited => break None,
            Found::Rendering(mut done) => {
                // Another request is rendering it: its page is this one's too.
                let _ = tokio::time::timeout(WAIT_AT_MOST, done.changed()).await;
                waited = true;
            }
        }
    };
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
    cache.put(key, kept);
    response
}

/// What a page depends on besides the database, if the request is an anonymous reader's:
/// its address and the language it is rendered in. `None` for anything else.
fn key(request: &Request) -> Option<String> {
    let uri = request.uri();
    let path = uri.path();
    let address = uri.path_and_query().map_or(path, |p| p.as_str());
    if address.len() > LONGEST_ADDRESS {
        return None;
    }
    let last = path.rsplit('/').next().unwrap_or("");
    // Files (`/pkg/…`, `.ics`, `.csv`) and server functions are not pages.
    if path.starts_with("/api/") || last.contains('.') || uri.query().is_some_and(|q| q.contains("token")) {
        return None;
    }
    let headers = request.headers();
    if headers.contains_key(header::AUTHORIZATION) {
        return None;
    }
    // The page is rendered from the first `Cookie` header only (leptos-use): with several, or
    // a language chosen twice, the key could name another language than the page's.
    if headers.get_all(header::COOKIE).iter().count() > 1 {
        return None;
    }
    let mut chosen = None;
    for cookie in headers.get_all(header::COOKIE) {
        for pair in cookie.to_str().ok()?.split(';') {
            let (name, value) = pair.trim().split_once('=').unwrap_or((pair.trim(), ""));
            if name != app::locale::COOKIE {
                return None;
            }
            // A choice that names no language of ours: not worth guessing what it renders.
            if chosen.replace(app::locale::from_code(value)?).is_some() {
                return None;
            }
        }
    }
    let language = match chosen {
        Some(locale) => locale,
        None => app::locale::from_accept_language(headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("")),
    };
    let hash = sha2::Sha256::digest(address.as_bytes());
    Some(format!("{} {}", app::locale::code(language), hex(&hash)))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderMap;

    fn request(uri: &str, headers: &[(&str, &str)]) -> Request {
        let mut builder = Request::get(uri);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.body(Body::empty()).unwrap()
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
    fn keys_are_the_language_rendered_not_how_it_was_asked_for() {
        let french = key(&request("/organisations", &[("accept-language", "fr")])).unwrap();
        for spelling in ["fr-CA,fr;q=0.9", "fr;q=0.8, en;q=0.1", "fr-FR"] {
            assert_eq!(key(&request("/organisations", &[("accept-language", spelling)])).unwrap(), french, "{spelling}");
        }
        assert_eq!(key(&request("/organisations", &[("cookie", "i18n_pref_locale=fr")])).unwrap(), french);
        let english = key(&request("/organisations", &[])).unwrap();
        for unknown in ["de", "x-klingon", &"zz,".repeat(500)] {
            assert_eq!(key(&request("/organisations", &[("accept-language", unknown)])).unwrap(), english, "{unknown}");
        }
        assert!(key(&request("/organisations", &[("cookie", "i18n_pref_locale=klingon")])).is_none());
        let twice = request("/organisations", &[("cookie", "i18n_pref_locale=en"), ("cookie", "i18n_pref_locale=ar")]);
        assert!(key(&twice).is_none(), "two Cookie headers: the page and the key could disagree");
        assert!(key(&request("/organisations", &[("cookie", "i18n_pref_locale=en; i18n_pref_locale=ar")])).is_none());
        assert!(english.len() < 80, "a bounded key: {english}");
        let long = format!("/organisations?q={}", "x".repeat(LONGEST_ADDRESS));
        assert!(key(&request(&long, &[])).is_none(), "too long an address is not kept");
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
