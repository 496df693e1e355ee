//! What every server function and handler can reach: the options, the database, and the
//! site's public address.
use crate::db::Db;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    /// Where people reach this site, e.g. `https://tadamun.example` (no trailing slash): the
    /// start of every link in a mail. Configured, never taken from a request's `Host`, which
    /// anyone can set (and so make reset links point to their own site).
    pub public_url: Arc<str>,
    /// Complete sign-up forms accepted per client address in five minutes (behind a proxy all
    /// clients share its address, so such sites raise it).
    pub sign_ups_per_address: i64,
    /// Mails sent on a stranger's request (a signature's confirmation now) per client address
    /// in an hour: a budget that keeps the site from being used to mail people.
    #[from_ref(skip)]
    pub mails_per_address: i64,
    /// The compiled bundle's addresses, read once at start (`ui::Bundle`).
    pub bundle: crate::ui::Bundle,
}

fn state() -> Result<AppState, crate::error::AppError> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the server function context");
        crate::error::AppError::Internal
    })
}

/// The database of the request being served. Server functions run inside the context the
/// router provides, so this only fails if the router was wired wrongly.
pub fn db() -> Result<Db, crate::error::AppError> {
    state().map(|s| s.db)
}

pub fn public_url() -> Result<Arc<str>, crate::error::AppError> {
    state().map(|s| s.public_url)
}

pub fn sign_ups_per_address() -> Result<i64, crate::error::AppError> {
    state().map(|s| s.sign_ups_per_address)
}

pub fn mails_per_address() -> Result<i64, crate::error::AppError> {
    state().map(|s| s.mails_per_address)
}
