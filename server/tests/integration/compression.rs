//! Pages are sent in brotli to browsers that take it, whole and intact; others get gzip or
//! plain text, and what is not a page keeps the general compression.
use crate::common::{send, TestDb};
use axum::body::Body;
use axum::http::Request;
use std::io::Read;

fn request(uri: &str, accept: &str) -> Request<Body> {
    Request::get(uri).header("host", "127.0.0.1:3000").header("accept-encoding", accept).body(Body::empty()).unwrap()
}

#[tokio::test]
async fn pages_arrive_in_brotli_and_read_back_whole() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    for (uri, status) in [("/organisations", 200), ("/ar/organisations/ccivs", 200), ("/organisations/nope", 404)] {
        let response = tower::ServiceExt::oneshot(r.clone(), request(uri, "gzip, deflate, br")).await.unwrap();
        assert_eq!(response.status(), status, "{uri}");
        let headers = response.headers().clone();
        assert_eq!(headers["content-encoding"], "br", "{uri}");
        assert!(headers.get_all("vary").iter().any(|v| v.to_str().unwrap().contains("accept-encoding")), "{uri}");
        let bytes = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes();
        assert_eq!(headers["content-length"], bytes.len().to_string().as_str());
        let mut page = String::new();
        brotli::Decompressor::new(bytes.as_ref(), 4096).read_to_string(&mut page).expect("valid brotli");
        // Whole: from the doctype to the body's end and the script Leptos streams after it.
        assert!(page.starts_with("<!DOCTYPE html>") && page.contains("</body>"), "{uri}: whole page");
        crate::common::assert_scripts_allowed(uri, headers["content-security-policy"].to_str().unwrap(), &page);
    }
    t.finish().await;
}

#[tokio::test]
async fn browsers_without_brotli_get_gzip_or_plain_pages() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let gzip = send(&r, request("/organisations", "gzip")).await;
    assert_eq!(gzip.header("content-encoding"), "gzip");
    let plain = send(&r, request("/organisations", "br;q=0")).await;
    assert!(plain.headers.get("content-encoding").is_none());
    assert!(plain.text().contains("<!DOCTYPE html>"));
    // Not a page: the general layer's brotli, streamed.
    let feed = tower::ServiceExt::oneshot(r.clone(), request("/events.ics", "br")).await.unwrap();
    assert_eq!(feed.headers()["content-encoding"], "br");
    assert!(feed.headers().get("content-length").is_none());
    t.finish().await;
}
