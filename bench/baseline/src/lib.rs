//! The benchmark's yardstick: Tadamun's `/organisations`, `/organisations/{slug}` and
//! `/events/{slug}` written by hand (`write!` and escaping), from the same validated queries and
//! the same SQL, behind the same compression, headers and allocator, without Leptos. The
//! documents are Tadamun's, byte for byte but for Leptos's hydration markers
//! (`tests/same_html.rs` holds it to that), so what the benchmark measures between the two
//! is what Leptos's rendering costs.
#![recursion_limit = "512"]
mod action;
mod directory;
mod document;
mod event;
mod head;
mod profile;

pub use head::Head;

use app::db::Db;
use axum::routing::get;
use axum::Router;

#[derive(Clone)]
pub struct Baseline {
    db: Db,
    head: std::sync::Arc<Head>,
    /// The site's address, for the events' JSON-LD (Tadamun's `--public-url`).
    public_url: std::sync::Arc<str>,
}

/// The three pages, with Tadamun's compression and security headers around them.
pub fn router(db: Db, head: Head, public_url: &str) -> Router {
    Router::new()
        .route("/organisations", get(directory::page))
        .route("/organisations/{slug}", get(profile::page))
        .route("/events/{slug}", get(event::page))
        .layer(axum::middleware::from_fn_with_state(
            tadamun::security::HeaderRules { https: public_url.starts_with("https://") },
            tadamun::security::headers,
        ))
        .layer(axum::middleware::from_fn(tadamun::compression::pages))
        .layer(tower_http::compression::CompressionLayer::new())
        .with_state(Baseline { db, head: std::sync::Arc::new(head), public_url: public_url.trim_end_matches('/').into() })
}
