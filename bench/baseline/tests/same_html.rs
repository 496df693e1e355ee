//! The baseline must write Tadamun's pages, or the benchmark's ratio compares different work.
//! Every demo organisation's profile, every demo event's page and the directory with each kind
//! of result (filtered, searched, paged, a notice, nothing found, past the end) are fetched
//! from both routers over the same database and compared, but for what only Leptos writes:
//! its hydration markers, the per-response nonce and the island's generated name.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a panic is a failed test
use app::db::Db;
use axum::body::Body;
use axum::http::Request;
use axum::Router;
use http_body_util::BodyExt;
use tower::ServiceExt;

const PUBLIC_URL: &str = "http://tadamun.test";

async fn fetch(router: &Router, uri: &str) -> (u16, String) {
    let request = Request::get(uri).header("host", "127.0.0.1:3000").body(Body::empty()).expect("request");
    let response = router.clone().oneshot(request).await.expect("infallible");
    let status = response.status().as_u16();
    let bytes = response.into_body().collect().await.expect("body").to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

/// The document without Leptos's markers, with its nonce and island names made generic.
fn normalised(html: &str) -> String {
    let mut s = html.replace("<!>", "").replace("<!--<() />-->", "").replace("<!--HEAD-->", "");
    if let Some(start) = s.find("nonce=\"").map(|i| i + 7) {
        if let Some(len) = s[start..].find('"') {
            let nonce = s[start..start + len].to_string();
            s = s.replace(&nonce, "NONCE");
        }
    }
    // `data-component="DirectoryLive_4005355332862935519"`: the suffix is the macro's hash.
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(at) = rest.find("data-component=\"") {
        let (head, tail) = rest.split_at(at + 16);
        out.push_str(head);
        let end = tail.find('"').unwrap_or(0);
        let name = &tail[..end];
        out.push_str(name.rsplit_once('_').filter(|(_, n)| n.chars().all(|c| c.is_ascii_digit())).map_or(name, |(n, _)| n));
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

fn first_difference(a: &str, b: &str) -> String {
    let at = a.bytes().zip(b.bytes()).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
    let from = a.floor_char_boundary(at.saturating_sub(150));
    let show = |s: &str| s[from..s.ceil_char_boundary((at + 150).min(s.len()))].to_string();
    format!("at byte {at}\n tadamun:  …{}…\n baseline: …{}…", show(a), show(b))
}

async fn slugs(db: &Db, sql: &str) -> Vec<String> {
    sqlx::query_scalar::<_, String>(sql).fetch_all(&db.pool).await.expect("slugs")
}

#[tokio::test]
async fn the_baseline_writes_the_same_pages_as_tadamun() {
    let dir = std::env::temp_dir().join("tadamun-tests");
    let url = format!("sqlite:{}", dir.join(format!("baseline-{}.db", std::process::id())).display());
    let db = Db::connect(&url, 8).await.expect("open sqlite");
    db.migrate().await.expect("migrate");
    tadamun::seed::demo::load(&db).await.expect("demo data");
    // Enough more for several pages of results.
    tadamun::seed::synthetic::load(&db, 120, 7).await.expect("synthetic data");

    let mut options = tadamun::router::leptos_options().expect("leptos options");
    options.hash_files = false;
    let settings = tadamun::router::Settings { page_cache: std::time::Duration::ZERO, ..Default::default() };
    let bundle = app::ui::Bundle::unhashed(&options.site_pkg_dir, &options.output_name);
    let state = app::state::AppState {
        leptos_options: options.clone(),
        db: db.clone(),
        public_url: PUBLIC_URL.into(),
        sign_ups_per_address: 6,
        mails_per_address: 20,
        bundle: bundle.clone(),
    };
    let tadamun = tadamun::router::build(state, &settings);
    let baseline = tadamun_baseline::router(db.clone(), tadamun_baseline::Head::new(&bundle), PUBLIC_URL);

    let mut pages: Vec<String> = [
        "/organisations",
        "/organisations?country=PS&theme=youth",
        "/organisations?q=youth+peace",
        "/organisations?q=%D8%B4%D8%A8%D8%A7%D8%A8",
        "/organisations?page=2",
        "/organisations?page=999",
        "/organisations?network=ccivs&kind=organisation",
        "/organisations?network=no-such-network",
        "/organisations?country=ZZ&page=x",
        "/organisations?q=nothing+matches+this",
    ]
    .map(String::from)
    .to_vec();
    let organisations = slugs(&db, "SELECT slug FROM organisations WHERE slug NOT LIKE 'synthetic-%' ORDER BY slug").await;
    let events = slugs(&db, "SELECT slug FROM events ORDER BY slug").await;
    assert!(organisations.len() > 10 && events.len() > 5, "{} organisations, {} events", organisations.len(), events.len());
    pages.extend(organisations.iter().map(|s| format!("/organisations/{s}")));
    pages.extend(events.iter().map(|s| format!("/events/{s}")));

    for page in &pages {
        let (status, theirs) = fetch(&tadamun, page).await;
        let (base_status, ours) = fetch(&baseline, page).await;
        assert_eq!((status, base_status), (200, 200), "{page}");
        let (theirs, ours) = (normalised(&theirs), normalised(&ours));
        assert!(theirs == ours, "{page} differs {}", first_difference(&theirs, &ours));
    }
    db.pool.close().await;
}
