//! The axum application: Leptos pages and server functions, the language switch, health, and
//! the middleware every response goes through.
use crate::config::ServeArgs;
use crate::{assets, attendees, calendar, compression, feeds, mail, messages, my_data, page_cache, security, signers};
use app::accounts::sessions::DbSessionStore;
use app::db::Db;
use app::locale::{self, localise_path, strip_locale_prefix};
use app::state::AppState;
use app::{shell, App};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::middleware::{self, Next};
use axum::{Form, Router};
use leptos::config::LeptosOptions;
use leptos_axum::{generate_route_list, LeptosRoutes};
use serde::Deserialize;
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

/// Leptos's settings from the `[[workspace.metadata.leptos]]` table this binary was built
/// with, overridable by `LEPTOS_*` variables (e.g. `LEPTOS_SITE_ADDR`, `LEPTOS_SITE_ROOT`), so
/// the binary runs the same with or without cargo-leptos around it.
pub fn leptos_options() -> Result<LeptosOptions, String> {
    leptos::config::get_config_from_str(include_str!("../../Cargo.toml"))
        .map_err(|e| format!("cannot read the Leptos settings: {e}"))
}

/// What the router needs beyond the application state.
#[derive(Debug, Clone)]
pub struct Settings {
    pub max_body_bytes: usize,
    /// Session cookies only over HTTPS, with the `__Host-` prefix. Off only for plain-http
    /// development on this machine (`--insecure-cookies`).
    pub secure_cookies: bool,
    /// How long anonymous readers' pages are served again (`page_cache`); zero: never.
    pub page_cache: std::time::Duration,
    /// How long a client has to send a request's whole body (`security::whole_body_in_time`).
    pub body_timeout: std::time::Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            max_body_bytes: 64 * 1024,
            secure_cookies: true,
            page_cache: std::time::Duration::from_secs(2),
            body_timeout: std::time::Duration::from_secs(30),
        }
    }
}

/// A session ends after this long without activity.
const SESSION_IDLE_DAYS: i64 = 14;

pub fn build(state: AppState, settings: &Settings) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    let kept_pages = page_cache::PageCache::new(state.db.clone(), settings.page_cache);
    let sessions = SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        .with_name(if settings.secure_cookies { "__Host-tadamun_session" } else { "tadamun_session" })
        .with_secure(settings.secure_cookies)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(tower_sessions::cookie::time::Duration::days(SESSION_IDLE_DAYS)));
    let site = static_files(Router::new(), &options, &state.bundle)
        .route("/healthz", get(healthz))
        .route("/language", post(choose_language))
        .route("/account/my-data.json", get(my_data::download))
        .route("/events/{slug}/attendees.csv", get(attendees::csv))
        .route("/actions/{slug}/signers.csv", get(signers::csv))
        // Multipart's own limit (2 MB by default) would cut a file the import takes.
        .route("/actions/{slug}/signers/import", post(signers::import).layer(axum::extract::DefaultBodyLimit::max(security::UPLOAD_MAX_BYTES)))
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .with_state(state.clone());
    // Around the whole router once, not given to `Router::layer`: that wraps every route and
    // the fallback, and each `from_fn` middleware clones what it wraps on every request, so
    // each request cloned its route's handlers (with Leptos's options) over and over, about
    // 6% of an empty page's instructions (bench/README.md). Outermost first.
    let middleware = tower::ServiceBuilder::new()
        .layer(TraceLayer::new_for_http())
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(compression::pages))
        .layer(middleware::from_fn(security::explain_too_large))
        // A body must arrive whole in time: a slow one ends the request (and its connection).
        .layer(middleware::from_fn_with_state(
            security::BodyRules { deadline: settings.body_timeout, max_bytes: settings.max_body_bytes },
            security::whole_body_in_time,
        ))
        // The per-route limits are `whole_body_in_time`'s; this is the backstop for all.
        .layer(RequestBodyLimitLayer::new(settings.max_body_bytes.max(security::UPLOAD_MAX_BYTES)))
        // The limit wraps the body in its own type; middleware takes axum's (as
        // `Router::layer` converts it for each route).
        .map_request(|request: Request<tower_http::body::Limited<axum::body::Body>>| request.map(axum::body::Body::new))
        .layer(middleware::from_fn_with_state(
            security::HeaderRules { https: state.public_url.starts_with("https://") },
            security::headers,
        ))
        .layer(middleware::from_fn_with_state(state.public_url.clone(), security::same_origin_writes))
        .layer(middleware::from_fn(redirect_status))
        // Outside the sessions: a kept page needs no session, and is only kept for requests
        // that carry none.
        .layer(middleware::from_fn_with_state(kept_pages, page_cache::pages))
        .layer(sessions)
        .layer(middleware::from_fn_with_state(state.clone(), calendar::files))
        .layer(middleware::from_fn_with_state(state, feeds::files))
        .service(site);
    Router::new().fallback_service(middleware)
}

/// The compiled bundle under `/pkg` and the files of `public/` at the root. They are routed
/// explicitly because the pages' catch-all route (a localised 404) would otherwise take them.
fn static_files(router: Router<AppState>, options: &LeptosOptions, bundle: &app::ui::Bundle) -> Router<AppState> {
    let root = std::path::PathBuf::from(options.site_root.as_ref());
    let pkg_dir = options.site_pkg_dir.as_ref();
    let hashed = std::sync::Arc::new(assets::hashed_names(options, bundle));
    {
        let (dir, hashed) = (root.join(pkg_dir), hashed.clone());
        // In production only (a debug bundle is ten times larger and changes at every build),
        // and in the background: the first requests are compressed on the fly meanwhile.
        if options.env == leptos::config::Env::PROD && tokio::runtime::Handle::try_current().is_ok() {
            tokio::task::spawn_blocking(move || assets::precompress(&dir, &hashed));
        }
    }
    let mut router = router.nest_service(
        &format!("/{pkg_dir}"),
        tower::ServiceBuilder::new()
            .layer(middleware::from_fn(move |request: Request, next: Next| {
                let policy = assets::bundle_cache_control(&hashed, request.uri().path());
                async move {
                    let mut response = next.run(request).await;
                    if response.status().is_success() {
                        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
                    }
                    response
                }
            }))
            .service(ServeDir::new(root.join(pkg_dir)).precompressed_br()),
    );
    if let Ok(entries) = std::fs::read_dir(&root) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_file() {
                let day = SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static(assets::PUBLIC));
                router = router.route_service(
                    &format!("/{name}"),
                    tower::ServiceBuilder::new().layer(day).service(ServeFile::new(entry.path())),
                );
            }
        }
    }
    router
}

pub async fn serve(db: Db, args: ServeArgs) -> Result<(), String> {
    let leptos_options = leptos_options()?;
    let bundle = assets::bundle(&leptos_options, &std::env::current_exe().unwrap_or_default())?;
    // Every instance runs a mail worker; claims in the queue keep them from sending twice.
    let transport = mail::Transport::new(args.mail.smtp_url.as_deref(), args.mail.outbox.clone()).map_err(|e| e.to_string())?;
    let worker = mail::Worker::new(db.clone(), transport, &args.mail.mail_from).map_err(|e| e.to_string())?;
    tokio::spawn(worker.run());
    let addr = leptos_options.site_addr;
    let settings = Settings {
        max_body_bytes: args.max_body_bytes,
        secure_cookies: !args.insecure_cookies,
        page_cache: std::time::Duration::from_secs(args.page_cache_seconds),
        body_timeout: std::time::Duration::from_secs(args.body_timeout_seconds.max(1)),
    };
    if !settings.secure_cookies {
        tracing::warn!("session cookies are sent over plain HTTP (--insecure-cookies): for development only");
    }
    tokio::spawn(sweep_expired(DbSessionStore::new(db.clone()), db.clone()));
    if args.public_url.is_none() && leptos_options.env == leptos::config::Env::PROD {
        tracing::warn!(
            "TADAMUN_PUBLIC_URL is not set: mailed links and each page's canonical and alternate addresses \
             will start with http://{addr}"
        );
    }
    let public_url = args.public_url.clone().unwrap_or_else(|| format!("http://{addr}"));
    let public_url: std::sync::Arc<str> = public_url.trim_end_matches('/').into();
    let sign_ups_per_address = args.sign_ups_per_address;
    let mails_per_address = args.mails_per_address;
    tokio::spawn(send_reminders(db.clone(), public_url.clone()));
    let app = build(AppState { leptos_options, db, public_url, sign_ups_per_address, mails_per_address, bundle }, &settings);
    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    tracing::info!("listening on http://{addr}");
    let bounds = crate::listen::Bounds {
        header_read: std::time::Duration::from_secs(args.header_timeout_seconds.max(1)),
        max_connections: args.max_connections,
        per_address: args.connections_per_address,
    };
    crate::listen::serve(listener, app, bounds, shutdown_signal()).await;
    Ok(())
}

/// Expired sessions, links and rate-limit windows are never used again; this removes them
/// every hour.
async fn sweep_expired(store: DbSessionStore, db: Db) {
    loop {
        if let Err(e) = store.delete_expired().await {
            tracing::warn!(error = %e, "cannot remove expired sessions");
        }
        let now = crate::now();
        if let Err(e) = app::accounts::tokens::sweep(&db, now).await {
            tracing::warn!(error = %e, "cannot remove expired links");
        }
        if let Err(e) = app::accounts::limits::sweep(&db, now).await {
            tracing::warn!(error = %e, "cannot remove old rate-limit windows");
        }
        tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
    }
}

/// Every instance looks for due event reminders each minute; each is recorded once, by
/// whichever instance gets there first (app::events::queries::send_due_reminders).
async fn send_reminders(db: Db, public_url: std::sync::Arc<str>) {
    loop {
        match app::events::queries::send_due_reminders(&db, &public_url, crate::now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(reminders = n, "event reminders queued"),
            Err(e) => tracing::warn!(error = %e, "cannot queue event reminders"),
        }
        tokio::time::sleep(std::time::Duration::from_secs(60)).await;
    }
}

/// Finishes the requests in flight, then stops, on SIGTERM (service managers) or Ctrl-C.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}

/// A rendered page that asks to go elsewhere (leptos_i18n sending `/organisations` to
/// `/ar/organisations` for a reader who chose Arabic) sets `Location` but keeps status 200,
/// which browsers ignore. Make it a real redirect, so it works without JavaScript. Only pages:
/// a server function called by the app answers 200 with `Location` on purpose (its value is
/// the data, and the app navigates itself), and a fetch would follow a real redirect.
async fn redirect_status(request: axum::extract::Request, next: middleware::Next) -> Response {
    let mut response = next.run(request).await;
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_page && response.status() == StatusCode::OK && response.headers().contains_key(header::LOCATION) {
        *response.status_mut() = StatusCode::FOUND;
    }
    response
}

async fn healthz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

#[derive(Deserialize)]
struct LanguageChoice {
    locale: String,
    #[serde(default)]
    next: String,
}

/// Remembers the chosen language and returns to the same page in it.
async fn choose_language(headers: HeaderMap, Form(choice): Form<LanguageChoice>) -> Response {
    let Some(chosen) = locale::from_code(&choice.locale) else {
        return messages::respond(StatusCode::BAD_REQUEST, messages::Message::UnknownLanguage, &headers);
    };
    let target = language_target(chosen, &choice.next);
    let cookie = format!(
        "{}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        locale::COOKIE,
        locale::code(chosen)
    );
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let (Ok(location), Ok(cookie)) = (HeaderValue::from_str(&target), HeaderValue::from_str(&cookie)) {
        headers.insert(header::LOCATION, location);
        headers.insert(header::SET_COOKIE, cookie);
    }
    response
}

/// Where the language switch goes: the same page in the chosen language, or the home page if
/// `next` is not a path on this site. Checked on the path as it will be sent, after the
/// language prefix is taken off and put back: `/ar//evil.example` is `//evil.example` without
/// its prefix, which a browser reads as another site.
fn language_target(chosen: app::i18n::Locale, next: &str) -> String {
    let target = localise_path(chosen, strip_locale_prefix(next));
    if is_local_path(next) && is_local_path(strip_locale_prefix(next)) && is_local_path(&target) {
        target
    } else {
        localise_path(chosen, "/")
    }
}

/// A path on this site: `//host`, `/\host` (browsers read `\` as `/`) or `https://…` would
/// make the switch an open redirect, and browsers drop tabs and newlines from addresses, so
/// `/<tab>/host` is `//host` too.
fn is_local_path(path: &str) -> bool {
    path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') && !path.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::language_target;
    use app::i18n::Locale;

    #[test]
    fn next_must_stay_on_this_site() {
        assert_eq!(language_target(Locale::en, "/organisations?q=x"), "/organisations?q=x");
        assert_eq!(language_target(Locale::ar, "/fr/organisations?q=x"), "/ar/organisations?q=x");
        for next in [
            "//evil.example", "https://evil.example", "/\\evil.example", "", "/ar//evil.example", "/fr//evil.example",
            "/ar/\\evil.example", "/\t/evil.example", "/ar/\n/evil.example", "evil.example", "/es//evil.example/x",
        ] {
            for chosen in [Locale::en, Locale::ar] {
                let target = language_target(chosen, next);
                assert!(target == "/" || target == "/ar", "{next:?} in {chosen:?} went to {target:?}");
            }
        }
        // Encoded slashes are a path's own characters to a browser: they stay on this site.
        assert_eq!(language_target(Locale::en, "/ar/%2F%2Fevil.example"), "/%2F%2Fevil.example");
    }
}
