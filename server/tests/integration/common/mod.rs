//! Shared set-up for the integration tests: a fresh database per test, on SQLite by default or
//! on PostgreSQL when `TEST_DATABASE_URL=postgres://…` names a server (a new database is created
//! there for each test and dropped at the end).
#![allow(dead_code)]

pub mod accounts;
pub mod events;

use app::db::{Backend, Db};
use app::state::AppState;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use std::sync::atomic::{AtomicU32, Ordering};
use tower::ServiceExt;

static COUNTER: AtomicU32 = AtomicU32::new(0);

pub struct TestDb {
    pub db: Db,
    /// The database's URL, so a second instance can open it too.
    pub url: String,
    /// For PostgreSQL: the server URL and the database name to drop afterwards.
    drop: Option<(String, String)>,
}

fn unique_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("tadamun_test_{}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst), nanos)
}

impl TestDb {
    pub async fn new() -> TestDb {
        match std::env::var("TEST_DATABASE_URL") {
            Ok(server) if server.starts_with("postgres") => {
                let name = unique_name();
                let admin = Db::connect(&server, 1).await.expect("connect to TEST_DATABASE_URL");
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(&admin.pool)
                    .await
                    .expect("create test database");
                admin.pool.close().await;
                let base = server.rsplit_once('/').map(|(b, _)| b).unwrap_or(&server);
                let db = Db::connect(&format!("{base}/{name}"), 8).await.expect("connect test database");
                db.migrate().await.expect("migrate");
                let url = format!("{base}/{name}");
                TestDb { db, url, drop: Some((server, name)) }
            }
            _ => {
                let dir = std::env::temp_dir().join("tadamun-tests");
                let path = dir.join(format!("{}.db", unique_name()));
                let url = format!("sqlite:{}", path.display());
                let db = Db::connect(&url, 8).await.expect("open sqlite");
                db.migrate().await.expect("migrate");
                TestDb { db, url, drop: None }
            }
        }
    }

    pub async fn with_demo() -> TestDb {
        let t = TestDb::new().await;
        tadamun::seed::demo::load(&t.db).await.expect("load demo data");
        t
    }

    pub fn backend(&self) -> Backend {
        self.db.backend
    }

    pub fn router(&self) -> Router {
        router_for(self.db.clone())
    }

    /// Another server process's view of the same database: its own pool, its own router.
    pub async fn another_instance(&self) -> Db {
        Db::connect(&self.url, 4).await.expect("second instance connects")
    }

    /// Drops the PostgreSQL database; SQLite files are left in the temp directory.
    pub async fn finish(mut self) {
        self.db.pool.close().await;
        if let Some((server, name)) = self.drop.take() {
            drop_database(&server, &name).await;
        }
    }
}

/// A test that panics never reaches `finish`: its PostgreSQL database is dropped here instead,
/// on a runtime of its own (the test's may be unwinding).
impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((server, name)) = self.drop.take() else { return };
        let dropped = std::thread::spawn(move || {
            if let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() {
                runtime.block_on(drop_database(&server, &name));
            }
        });
        let _ = dropped.join();
    }
}

async fn drop_database(server: &str, name: &str) {
    if let Ok(admin) = Db::connect(server, 1).await {
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin.pool).await;
        admin.pool.close().await;
    }
}

/// A new empty folder under the system's temporary folder (for outboxes).
pub fn temp_dir(what: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join("tadamun-tests").join(format!("{what}-{}", unique_name()));
    std::fs::create_dir_all(&dir).expect("create temporary folder");
    dir
}

/// The site address the test routers put in mailed links.
pub const PUBLIC_URL: &str = "http://tadamun.test";

pub fn router_for(db: Db) -> Router {
    router_with(db, &tadamun::router::Settings::default())
}

pub fn router_with(db: Db, settings: &tadamun::router::Settings) -> Router {
    router_at(db, settings, PUBLIC_URL)
}

/// A router for a site whose public address is `public_url`.
pub fn router_at(db: Db, settings: &tadamun::router::Settings, public_url: &str) -> Router {
    let mut leptos_options = tadamun::router::leptos_options().expect("leptos options");
    // The bundle's hash file lives beside the server binary, not beside the test binaries;
    // these tests read pages, not the bundle (end2end/ checks the hashed bundle's caching).
    leptos_options.hash_files = false;
    let bundle = app::ui::Bundle::unhashed(&leptos_options.site_pkg_dir, &leptos_options.output_name);
    let state = AppState { leptos_options, db, public_url: public_url.into(), sign_ups_per_address: 6, mails_per_address: 20, bundle };
    tadamun::router::build(state, settings)
}

pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    /// The body without the markers hydration leaves between text nodes (`<!>`).
    pub fn text(&self) -> String {
        self.body.replace("<!>", "")
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
}

pub async fn send(router: &Router, request: Request<Body>) -> Page {
    let response = router.clone().oneshot(request).await.expect("infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.expect("body").to_bytes();
    Page { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

pub async fn get(router: &Router, uri: &str) -> Page {
    send(router, Request::get(uri).header("host", "127.0.0.1:3000").body(Body::empty()).expect("request")).await
}

/// Percent-encodes a query value (for Arabic search terms in test addresses).
pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The visible text of the result cards' titles, in order.
pub fn card_titles(body: &str) -> Vec<String> {
    body.split("<h3 class=\"card-title\">")
        .skip(1)
        .filter_map(|chunk| {
            let start = chunk.find('>')? + 1;
            let end = chunk[start..].find('<')? + start;
            Some(chunk[start..end].to_string())
        })
        .collect()
}

/// Asserts that `page` runs every inline script it carries, and only by what its policy
/// allows: the response's nonce (a page rendered for this request) or the script's SHA-256 (a
/// page kept for anonymous readers, server/src/page_cache/).
pub fn assert_scripts_allowed(uri: &str, policy: &str, page: &str) {
    let nonce = nonce_in(policy);
    let mut inline = 0;
    for chunk in page.split("<script").skip(1) {
        let tag_end = chunk.find('>').unwrap_or_else(|| panic!("{uri}: a script's tag is cut off"));
        let (tag, rest) = (&chunk[..tag_end], &chunk[tag_end + 1..]);
        if tag.contains(" src=") {
            continue;
        }
        let script = &rest[..rest.find("</script>").unwrap_or_else(|| panic!("{uri}: a script is not closed"))];
        // An empty script is never run, so no policy is asked (HTML, "prepare the script
        // element"); Leptos closes the body with one.
        if script.is_empty() {
            continue;
        }
        let by_nonce = nonce.is_some_and(|n| tag.contains(&format!("nonce=\"{n}\"")));
        assert!(by_nonce || policy.contains(&script_hash(script)), "{uri}: <script{tag}> is not allowed by {policy}");
        inline += 1;
    }
    assert!(inline > 0, "{uri}: no inline script (hydration) on the page");
}

/// The nonce a content security policy allows scripts by, if any.
pub fn nonce_in(policy: &str) -> Option<&str> {
    policy.split("'nonce-").nth(1).and_then(|s| s.split('\'').next())
}

/// How a policy names an inline script by its content: `'sha256-…'`.
pub fn script_hash(script: &str) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script)))
}
