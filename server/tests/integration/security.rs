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
            assert_eq!(page.header("referrer-policy"), "same-origin");
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
    // Our own form, as Chromium sends it (with Fetch Metadata, and the real Origin under
    // Referrer-Policy: same-origin).
    let page = send(&r, post("/language", &[("origin", "http://127.0.0.1:3000"), ("sec-fetch-site", "same-origin")], "locale=ar&next=%2F")).await;
    assert_eq!(page.status, 303);
    // A browser without Fetch Metadata (Safari before 16.4), from this origin, whether the
    // request's Host is the public one or a reverse proxy's; a null Origin is still refused.
    let page = send(&r, post("/language", &[("origin", "http://127.0.0.1:3000")], "locale=ar&next=%2F")).await;
    assert_eq!(page.status, 303);
    let page = send(&r, post("/language", &[("origin", PUBLIC_URL)], "locale=ar&next=%2F")).await;
    assert_eq!(page.status, 303, "the public address's origin behind a proxy");
    let page = send(&r, post("/language", &[("origin", "http://127.0.0.1:3000.evil.example")], "locale=ar&next=%2F")).await;
    assert_eq!(page.status, 403);
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

/// Every page, answered to a browser with a session, is kept by no cache: the rule is the
/// router's, so a new page cannot forget it. Pages read by a visitor without one may be kept.
#[tokio::test]
async fn whatever_a_signed_in_browser_is_answered_is_never_stored() {
    use crate::common::accounts::{get_with, verified_account};
    use crate::common::events::SMALL_MEETING;
    let t = TestDb::with_demo().await;
    let r = t.router();
    let cookie = verified_account(&t, &r, "layla@example.org").await;
    let mut paths: Vec<String> = leptos_axum::generate_route_list(app::App)
        .iter()
        .map(|route| route.path().to_string())
        .filter(|path| !path.contains('*'))
        .map(|path| path.replace("/organisations/{slug}", "/organisations/ccivs").replace("/events/{slug}", &format!("/events/{SMALL_MEETING}")).replace("/actions/{slug}", "/actions/icsgp-letter-against-starvation"))
        .collect();
    paths.sort();
    paths.dedup();
    for must in ["/account", "/account/two-factor", "/account/recovery-codes", "/admin/people", "/ar/admin/people", "/events/new"] {
        assert!(paths.iter().any(|p| p == must), "{must} is not among the routes {paths:?}");
    }
    for extra in ["/account/my-data.json".to_string(), format!("/events/{SMALL_MEETING}/attendees.csv"), "/api/my-events?locale=en".to_string()] {
        paths.push(extra);
    }
    for path in &paths {
        assert!(!path.contains('{'), "a route with a parameter this test does not fill: {path}");
        eprintln!("GET {path}");
        let page = tokio::time::timeout(Duration::from_secs(20), get_with(&r, path, Some(&cookie))).await.expect("answered");
        assert!(page.header("cache-control").contains("no-store"), "{path} ({}) answered with {:?}", page.status, page.header("cache-control"));
    }
    let public = get(&r, "/organisations").await;
    assert!(!public.header("cache-control").contains("no-store"), "a visitor's directory may be kept");
    assert_eq!(public.header("strict-transport-security"), "", "not over plain http");
    t.finish().await;
}

#[tokio::test]
async fn an_https_site_asks_browsers_for_https_only() {
    let t = TestDb::with_demo().await;
    let r = crate::common::router_at(t.db.clone(), &Settings::default(), "https://tadamun.example");
    assert_eq!(get(&r, "/organisations").await.header("strict-transport-security"), "max-age=31536000");
    t.finish().await;
}

/// The language switch goes back to a page of this site, never elsewhere, however `next` is
/// spelled (the language prefix is taken off before the check too).
#[tokio::test]
async fn the_language_switch_is_no_open_redirect() {
    use crate::common::accounts::{encode, post};
    let t = TestDb::new().await;
    let r = t.router();
    for next in ["//evil.example", "/\\evil.example", "/ar//evil.example", "/fr/\\evil.example", "https://evil.example", "/\t/evil.example", "/%2F%2Fevil.example/ar"] {
        for (locale, home) in [("en", "/"), ("ar", "/ar")] {
            let page = post(&r, "/language", &format!("locale={locale}&next={}", encode(next)), None).await;
            assert_eq!(page.status, 303);
            let location = page.header("location");
            assert!(location == home || location.trim_start_matches("/ar").starts_with("/%2F"), "{next:?} in {locale} went to {location:?}");
            assert!(!location.starts_with("//") && !location.contains('\\'), "{location}");
        }
    }
    let page = post(&r, "/language", "locale=ar&next=%2Fevents%3Fpage%3D2", None).await;
    assert_eq!(page.header("location"), "/ar/events?page=2");
    t.finish().await;
}

/// A mailed link's address holds its token: the page it opens sends no referrer at all, not
/// even to this site; other pages send it only to this site.
#[tokio::test]
async fn a_page_opened_by_a_mailed_link_sends_no_referrer() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let slug = crate::common::events::SMALL_MEETING;
    assert_eq!(get(&r, &format!("/events/{slug}/rsvp?token=0123abcd")).await.header("referrer-policy"), "no-referrer");
    assert_eq!(get(&r, &format!("/events/{slug}")).await.header("referrer-policy"), "same-origin");
    t.finish().await;
}
