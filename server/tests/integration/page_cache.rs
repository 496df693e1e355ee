//! Pages kept for anonymous readers (server/src/page_cache.rs): served again, the same bytes
//! to everyone with their scripts allowed by hash, compressed once; never to a signed-in
//! reader, forgotten after a write, at most the set time old, and never when the page is
//! someone's own (`no-store`).
use crate::common::accounts::{encode, mailed_link, post};
use crate::common::events::*;
use crate::common::{self, get, send, TestDb};
use axum::body::Body;
use axum::http::Request;
use base64::Engine;
use http_body_util::BodyExt;
use sha2::{Digest, Sha256};
use std::time::Duration;
use tower::ServiceExt;
use tadamun::page_cache::HIT_HEADER;
use tadamun::router::Settings;

fn nonce_of(page: &common::Page) -> String {
    let policy = page.header("content-security-policy");
    let start = policy.find("'nonce-").expect("a nonce in the policy") + 7;
    policy[start..start + policy[start..].find('\'').unwrap()].to_string()
}

/// `'sha256-…'` of the script that opens with `tag`.
fn hash_of_script(body: &str, tag: &str) -> String {
    let start = body.find(tag).expect("the script") + tag.len();
    let script = &body[start..start + body[start..].find("</script>").unwrap()];
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script)))
}

#[tokio::test]
async fn an_anonymous_reader_gets_a_kept_copy_that_allows_its_scripts_by_hash() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let first = get(&r, "/organisations/ccivs").await;
    let second = get(&r, "/organisations/ccivs").await;
    let third = get(&r, "/organisations/ccivs").await;
    assert_eq!(first.status, 200);
    assert_eq!(second.status, 200);
    assert_eq!(first.header(HIT_HEADER), "");
    assert_eq!(second.header(HIT_HEADER), "hit");
    let nonce = nonce_of(&first);
    let hydration = hash_of_script(&first.body, &format!("<script type=\"module\" nonce=\"{nonce}\">"));
    let policy = second.header("content-security-policy");
    assert!(policy.contains(&format!("script-src 'self' {hydration} ")), "{policy}");
    assert!(!policy.contains("'nonce-"), "{policy}");
    assert_eq!(second.body, first.body.replace(&nonce, ""), "otherwise the same page");
    assert_eq!((third.header("content-security-policy"), &third.body), (policy, &second.body), "every copy alike");
    // Another language, another address: each its own page.
    assert_eq!(get(&r, "/ar/organisations/ccivs").await.header(HIT_HEADER), "");
    assert_eq!(get(&r, "/organisations/ccivs?x=1").await.header(HIT_HEADER), "");
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
async fn a_write_answered_here_is_seen_on_the_next_page() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    get(&r, "/organisations").await;
    assert_eq!(get(&r, "/organisations").await.header(HIT_HEADER), "hit");
    let answer = crate::common::accounts::post(&r, "/language", "locale=fr&next=/", None).await;
    assert_eq!(answer.status, 303);
    assert_eq!(get(&r, "/organisations").await.header(HIT_HEADER), "", "rendered anew after a write");
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
