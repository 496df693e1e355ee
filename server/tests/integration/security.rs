//! The security baseline: headers, same-origin writes, limits, nothing from other origins.

use axum::body::Body;
use axum::http::Request;
use crate::common::{assert_scripts_allowed, get, router_with, send, TestDb, PUBLIC_URL};
use std::time::Duration;
use tadamun::router::Settings;

#[tokio::test]
async fn pages_carry_a_strict_policy_and_protective_headers() {
    let t = TestDb::with_demo().await;
    // As anonymous readers get pages (kept: scripts allowed by hash) and as everyone else
    // does (rendered for the request: by nonce).
    let kept = t.router();
    let rendered = router_with(t.db.clone(), &Settings { page_cache: Duration::ZERO, ..Settings::default() });
    for (r, allowed_by) in [(&kept, "'sha256-"), (&rendered, "'nonce-")] {
        for uri in ["/", "/organisations", "/ar/organisations/ccivs", "/organisations/nope"] {
            let page = get(r, uri).await;
            let csp = page.header("content-security-policy");
            // A 404 is never kept.
            let allowed_by = if page.status == 404 { "'nonce-" } else { allowed_by };
            for directive in ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", allowed_by] {
                assert!(csp.contains(directive), "{uri}: CSP lacks {directive}: {csp}");
            }
            assert!(!csp.contains("unsafe-inline") && !csp.contains("http"), "{uri}: {csp}");
            assert_eq!(page.header("x-content-type-options"), "nosniff");
            assert_eq!(page.header("referrer-policy"), "no-referrer");
            assert_scripts_allowed(uri, csp, &page.text());
        }
    }
    let health = get(&kept, "/healthz").await;
    assert!(health.header("content-security-policy").contains("default-src 'self'"));
    t.finish().await;
}

#[tokio::test]
async fn no_page_loads_anything_from_another_origin() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    for uri in ["/", "/organisations", "/ar/organisations", "/organisations/carter-center", "/fr/organisations/icsgp"] {
        let page = get(&r, uri).await;
        for attr in [" src=\"", "<link "] {
            for chunk in page.body.split(attr).skip(1) {
                let tag = &chunk[..chunk.find('>').unwrap_or(chunk.len())];
                // A page's own addresses (canonical, other languages) are whole, and this site's.
                if tag.contains("rel=\"canonical\"") || tag.contains("rel=\"alternate\"") {
                    assert!(tag.starts_with(&format!("href=\"{PUBLIC_URL}/")), "{uri}: {attr}{tag}");
                    continue;
                }
                assert!(!tag.contains("http://") && !tag.contains("https://") && !tag.contains("href=\"//"),
                    "{uri}: external resource in {attr}{tag}");
            }
        }
        // Open Graph names the page's own address; no image or anything else from elsewhere.
        for chunk in page.body.split("<meta ").skip(1) {
            let tag = &chunk[..chunk.find('>').unwrap_or(chunk.len())];
            assert!(!["og:image", "og:video", "og:audio"].iter().any(|media| tag.contains(media)), "{uri}: <meta {tag}>");
            if tag.contains("property=\"og:url\"") {
                assert!(tag.contains(&format!("content=\"{PUBLIC_URL}/")), "{uri}: <meta {tag}>");
            }
        }
    }
    t.finish().await;
}

fn post(uri: &str, headers: &[(&str, &str)], body: &'static str) -> Request<Body> {
    let mut builder = Request::post(uri)
        .header("host", "127.0.0.1:3000")
        .header("content-type", "application/x-www-form-urlencoded");
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(Body::from(body)).expect("request")
}

#[tokio::test]
async fn cross_site_writes_are_refused() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    for uri in ["/language", "/api/organisations", "/api/organisation", "/organisations"] {
        let page = send(&r, post(uri, &[("origin", "https://evil.example")], "locale=ar&next=%2F")).await;
        assert_eq!(page.status, 403, "{uri} with a foreign Origin");
        assert_eq!(page.body, "This request came from another site, so nothing was changed.");
        let page = send(&r, post(uri, &[("sec-fetch-site", "cross-site")], "locale=ar&next=%2F")).await;
        assert_eq!(page.status, 403, "{uri} marked cross-site");
        let page = send(&r, post(uri, &[("origin", "null")], "locale=ar&next=%2F")).await;
        assert_eq!(page.status, 403, "{uri} with a null Origin");
    }
    // Every server function the app registers, whatever its method: none takes a cross-site post.
    let mut functions: Vec<&str> = leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path).collect();
    functions.sort();
    for must in ["/api/sign-up", "/api/log-in", "/api/new-password", "/api/change-password", "/api/log-out-elsewhere"] {
        assert!(functions.contains(&must), "{must} is not among the registered server functions {functions:?}");
    }
    for uri in functions {
        let page = send(&r, post(uri, &[("sec-fetch-site", "cross-site")], "locale=en&email=a%40b.org")).await;
        assert_eq!(page.status, 403, "{uri} marked cross-site");
        let page = send(&r, post(uri, &[("origin", "https://evil.example")], "locale=en&email=a%40b.org")).await;
        assert_eq!(page.status, 403, "{uri} with a foreign Origin");
    }
    for site in ["same-site", "none"] {
        let page = send(&r, post("/language", &[("sec-fetch-site", site)], "locale=ar&next=%2F")).await;
        assert_eq!(page.status, 403, "Sec-Fetch-Site: {site}");
    }
    // Our own form, as Chromium sends it under Referrer-Policy: no-referrer.
    let page = send(&r, post("/language", &[("origin", "null"), ("sec-fetch-site", "same-origin")], "locale=ar&next=%2F")).await;
    assert_eq!(page.status, 303);
    // A browser without Fetch Metadata, from this origin; and a non-browser client.
    let page = send(&r, post("/language", &[("origin", "http://127.0.0.1:3000")], "locale=ar&next=%2F")).await;
    assert_eq!(page.status, 303);
    let page = send(&r, post("/language", &[], "locale=ar&next=%2F")).await;
    assert_eq!(page.status, 303);
    t.finish().await;
}

#[tokio::test]
async fn oversized_bodies_are_rejected() {
    let t = TestDb::with_demo().await;
    let big: &'static str = Box::leak(format!("locale=ar&next=%2F&pad={}", "x".repeat(200 * 1024)).into_boxed_str());
    let page = send(&t.router(), post("/language", &[("accept-language", "ar")], big)).await;
    assert_eq!(page.status, 413);
    assert_eq!(page.body, "ما أُرسل كبير جدًا، لذا لم يُغيَّر أي شيء.");
    t.finish().await;
}

#[tokio::test]
async fn health_reports_the_database() {
    let t = TestDb::new().await;
    let r = t.router();
    assert_eq!(get(&r, "/healthz").await.status, 200);
    t.db.pool.close().await;
    assert_eq!(get(&r, "/healthz").await.status, 503);
    t.finish().await;
}
