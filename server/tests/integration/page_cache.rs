//! Pages kept for anonymous readers (server/src/page_cache/): served again, the same bytes
//! to everyone with their scripts allowed by hash, compressed once; never to a signed-in
//! reader, forgotten after a write, at most the set time old (twice that while one request
//! renders it again), rendered by one request at a time, and never when the page is someone's
//! own (`no-store`).
use crate::common::accounts::{encode, mailed_link, post};
use crate::common::events::*;
use crate::common::{self, get, send, TestDb};
use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use axum::Router;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tower::ServiceExt;
use tadamun::page_cache::{PageCache, HIT_HEADER};
use tadamun::router::Settings;

fn nonce_of(page: &common::Page) -> String {
    common::nonce_in(page.header("content-security-policy")).expect("a nonce in the policy").to_string()
}

/// `'sha256-…'` of the script that opens with `tag`.
fn hash_of_script(body: &str, tag: &str) -> String {
    let start = body.find(tag).expect("the script") + tag.len();
    common::script_hash(&body[start..start + body[start..].find("</script>").unwrap()])
}

#[tokio::test]
async fn an_anonymous_reader_gets_a_kept_copy_that_allows_its_scripts_by_hash() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    // The same page rendered as a signed-in reader gets it: with a nonce of its own.
    let rendering = common::router_with(t.db.clone(), &Settings { page_cache: Duration::ZERO, ..Settings::default() });
    let rendered = get(&rendering, "/organisations").await;
    let first = get(&r, "/organisations").await;
    let second = get(&r, "/organisations").await;
    assert_eq!(rendered.status, 200);
    assert_eq!(first.status, 200);
    assert_eq!(second.status, 200);
    assert_eq!(first.header(HIT_HEADER), "", "rendered for this request");
    assert_eq!(second.header(HIT_HEADER), "hit");
    let nonce = nonce_of(&rendered);
    // The islands' loader, the first script the page carries.
    let hydration = hash_of_script(&rendered.body, &format!("<script type=\"module\" nonce=\"{nonce}\">"));
    let policy = first.header("content-security-policy");
    assert!(policy.contains(&format!("script-src 'self' {hydration} ")), "{policy}");
    assert!(!policy.contains("'nonce-"), "{policy}");
    assert_eq!(first.body, rendered.body.replace(&nonce, ""), "otherwise the same page");
    // The reader whose request rendered it gets the copy everyone else gets.
    assert_eq!((second.header("content-security-policy"), &second.body), (policy, &first.body), "every copy alike");
    // Another language, another address: each its own page.
    assert_eq!(get(&r, "/ar/organisations").await.header(HIT_HEADER), "");
    assert_eq!(get(&r, "/organisations?q=x").await.header(HIT_HEADER), "");
    t.finish().await;
}

#[tokio::test]
async fn a_browser_that_takes_brotli_gets_the_kept_page_compressed() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let in_brotli = || async {
        let request = Request::get("/organisations").header("host", "127.0.0.1:3000").header("accept-encoding", "gzip, br").body(Body::empty()).unwrap();
        let response = r.clone().oneshot(request).await.unwrap();
        let headers = response.headers().clone();
        let compressed = response.into_body().collect().await.unwrap().to_bytes();
        let mut page = Vec::new();
        brotli::BrotliDecompress(&mut &compressed[..], &mut page).expect("brotli");
        (headers, String::from_utf8(page).unwrap())
    };
    let (rendered, _) = in_brotli().await;
    let (kept, page) = in_brotli().await;
    assert!(rendered.get(HIT_HEADER).is_none());
    assert_eq!(rendered["content-encoding"], "br", "compressed once, for this reader and the next");
    assert_eq!(kept[HIT_HEADER], "hit");
    assert_eq!(kept["content-encoding"], "br");
    assert_eq!(page, get(&r, "/organisations").await.body, "the same page as uncompressed");
    t.finish().await;
}

#[tokio::test]
async fn a_signed_in_reader_is_never_served_a_kept_page() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let with_session = || {
        Request::get("/organisations/ccivs")
            .header("host", "127.0.0.1:3000")
            .header("cookie", "__Host-tadamun_session=whoever")
            .body(Body::empty())
            .unwrap()
    };
    get(&r, "/organisations/ccivs").await;
    assert_eq!(get(&r, "/organisations/ccivs").await.header(HIT_HEADER), "hit");
    assert_eq!(send(&r, with_session()).await.header(HIT_HEADER), "");
    assert_eq!(send(&r, with_session()).await.header(HIT_HEADER), "");
    t.finish().await;
}

#[tokio::test]
async fn a_write_committed_here_is_seen_on_the_next_page_and_nothing_else_empties_the_cache() {
    use crate::common::accounts::{sign_up_body, PASSWORD};
    let t = TestDb::with_demo().await;
    let r = t.router();
    get(&r, "/organisations").await;
    assert_eq!(get(&r, "/organisations").await.header(HIT_HEADER), "hit");
    // Posts that write nothing: refused, unknown, or only a cookie. The page stays kept.
    let refused = send(&r, Request::post("/nope").header("host", "127.0.0.1:3000").body(Body::empty()).unwrap()).await;
    assert!(refused.status.is_client_error(), "{}", refused.status);
    let cross_site = Request::post("/api/sign-up")
        .header("host", "127.0.0.1:3000")
        .header("sec-fetch-site", "cross-site")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(sign_up_body("Layla", "layla@example.org", PASSWORD)))
        .unwrap();
    assert_eq!(send(&r, cross_site).await.status, 403);
    assert_eq!(post(&r, "/language", "locale=fr&next=/", None).await.status, 303);
    assert!(post(&r, "/api/sign-up", "locale=en&email=not-an-address", None).await.status.is_redirection());
    assert_eq!(get(&r, "/organisations").await.header(HIT_HEADER), "hit", "no write committed");
    // A write that commits: the next page is rendered anew.
    let signed_up = post(&r, "/api/sign-up", &sign_up_body("Layla", "layla@example.org", PASSWORD), None).await;
    assert_eq!(signed_up.header("location"), "/check-your-email?for=sign-up");
    assert_eq!(get(&r, "/organisations").await.header(HIT_HEADER), "", "rendered anew after a write");
    assert_eq!(get(&r, "/organisations").await.header(HIT_HEADER), "hit");
    t.finish().await;
}

#[tokio::test]
async fn a_page_is_kept_no_longer_than_the_set_time() {
    let t = TestDb::with_demo().await;
    let keep_for = Duration::from_millis(300);
    let r = common::router_with(t.db.clone(), &Settings { page_cache: keep_for, ..Settings::default() });
    get(&r, "/organisations/ccivs").await;
    assert_eq!(get(&r, "/organisations/ccivs").await.header(HIT_HEADER), "hit");
    tokio::time::sleep(keep_for).await;
    assert_eq!(get(&r, "/organisations/ccivs").await.header(HIT_HEADER), "", "too old");
    t.finish().await;
}

#[tokio::test]
async fn an_event_page_is_kept_unless_it_shows_someones_own_rsvp() {
    // Without a log-in or a mailed link, the RSVP form is the empty one everyone gets.
    let t = TestDb::with_demo().await;
    let r = t.router();
    let page = format!("/events/{MONTHLY_CALL}");
    assert_eq!(get(&r, &page).await.header("cache-control"), "");
    assert_eq!(get(&r, &page).await.header(HIT_HEADER), "hit");
    // A mailed link's page is one person's: it says so to every cache, and ours never keeps it.
    let form = format!("locale=en&slug={MONTHLY_CALL}&email={}&name=Samira&interpretation=en", encode("kept@example.org"));
    assert_eq!(post(&r, "/api/rsvp", &form, None).await.status, 303);
    let link = mailed_link(&t, "kept@example.org").await;
    let by_link = get(&r, &link).await;
    assert_eq!(by_link.status, 200);
    assert_eq!(by_link.header("cache-control"), "no-store");
    assert_eq!(get(&r, &link).await.header(HIT_HEADER), "");
    t.finish().await;
}

#[tokio::test]
async fn zero_keeps_nothing() {
    let t = TestDb::with_demo().await;
    let r = common::router_with(t.db.clone(), &Settings { page_cache: Duration::ZERO, ..Settings::default() });
    get(&r, "/organisations").await;
    assert_eq!(get(&r, "/organisations").await.header(HIT_HEADER), "");
    t.finish().await;
}

/// A page that says how many times it has been rendered, and waits at `gate` while it renders.
fn counting_page(db: app::db::Db, keep_for: Duration, renders: Arc<AtomicUsize>, gate: Arc<Semaphore>) -> Router {
    let page = move || async move {
        let n = renders.fetch_add(1, Ordering::SeqCst) + 1;
        let _pass = gate.acquire().await.expect("the gate stays");
        ([("content-type", "text/html; charset=utf-8")], format!("<p>rendering {n}</p>"))
    };
    Router::new()
        .route("/page", axum::routing::get(page))
        .layer(axum::middleware::from_fn_with_state(PageCache::new(db, keep_for), tadamun::page_cache::pages))
}

fn in_background(r: &Router) -> tokio::task::JoinHandle<common::Page> {
    let r = r.clone();
    tokio::spawn(async move { get(&r, "/page").await })
}

/// Returns once the `n`th rendering has begun.
async fn rendering_begun(renders: &AtomicUsize, n: usize) {
    while renders.load(Ordering::SeqCst) < n {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

#[tokio::test]
async fn one_request_renders_a_page_while_the_others_get_the_old_one_or_wait_for_it() {
    let t = TestDb::new().await;
    let keep_for = Duration::from_millis(200);
    let (renders, gate) = (Arc::new(AtomicUsize::new(0)), Arc::new(Semaphore::new(1)));
    let r = counting_page(t.db.clone(), keep_for, renders.clone(), gate.clone());
    assert_eq!(get(&r, "/page").await.body, "<p>rendering 1</p>");
    tokio::time::sleep(keep_for).await;
    // Too old: the next request renders it again, and is held in the middle of it.
    let held = gate.clone().acquire_owned().await.unwrap();
    let renewing = in_background(&r);
    rendering_begun(&renders, 2).await;
    // A second rendering would wait at the gate: bounded, so that shows as a failure.
    let meanwhile = tokio::time::timeout(Duration::from_secs(5), get(&r, "/page")).await.expect("given the old page at once");
    assert_eq!((meanwhile.header(HIT_HEADER), meanwhile.body.as_str()), ("hit", "<p>rendering 1</p>"));
    assert_eq!(renders.load(Ordering::SeqCst), 2, "no second rendering at once");
    drop(held);
    assert_eq!(renewing.await.unwrap().body, "<p>rendering 2</p>");
    assert_eq!(get(&r, "/page").await.body, "<p>rendering 2</p>", "then the new one is kept");
    // Twice too old, the old page is given to no one: the next reader waits for the page
    // being rendered and is given it.
    tokio::time::sleep(keep_for * 2).await;
    let held = gate.clone().acquire_owned().await.unwrap();
    let renewing = in_background(&r);
    rendering_begun(&renders, 3).await;
    let waiting = in_background(&r);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(renders.load(Ordering::SeqCst), 3, "waiting, not rendering");
    drop(held);
    assert_eq!(renewing.await.unwrap().body, "<p>rendering 3</p>");
    let waited = waiting.await.unwrap();
    assert_eq!((waited.header(HIT_HEADER), waited.body.as_str()), ("hit", "<p>rendering 3</p>"));
    assert_eq!(renders.load(Ordering::SeqCst), 3);
    t.finish().await;
}
