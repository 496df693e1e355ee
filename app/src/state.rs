//! What every server function and handler can reach: the options and the database.
use crate::db::Db;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
}

/// The database of the request being served. Server functions run inside the context the
/// router provides, so this only fails if the router was wired wrongly.
pub fn db() -> Result<Db, crate::error::AppError> {
    leptos::prelude::use_context::<AppState>().map(|s| s.db).ok_or_else(|| {
        tracing::error!("AppState missing from the server function context");
        crate::error::AppError::Internal
    })
}
