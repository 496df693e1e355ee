//! The `tadamun` server: configuration, the router and its middleware, and the commands that
//! prepare a database. Everything the pages do lives in the `app` crate.
#![recursion_limit = "512"]
pub mod admin;
pub mod assets;
pub mod config;
pub mod mail;
pub mod messages;
pub mod router;
pub mod security;
pub mod seed;

/// The time now in Unix seconds, as the database stores times.
pub(crate) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
