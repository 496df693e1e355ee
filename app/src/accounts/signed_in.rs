//! Who is logged in on a request's session. The session is tower-sessions' (stored by
//! `sessions::DbSessionStore`); these are the only functions that write who is in it.
use super::problem::AccountProblem;
use super::sessions::USER_KEY;
use tower_sessions::Session;

/// When the person logged in, to end the log-in after `MAX_LOG_IN_SECONDS` however active.
const SINCE_KEY: &str = "logged_in_at";
/// However active a session is, a log-in lasts at most this long (30 days).
pub const MAX_LOG_IN_SECONDS: i64 = 30 * 86_400;

#[allow(clippy::needless_pass_by_value)] // `map_err(store_failed)`
fn store_failed(e: tower_sessions::session::Error) -> AccountProblem {
    tracing::error!(error = %e, "session store failed");
    AccountProblem::Internal
}

/// The session of the request being served (put there by the session layer of the router).
pub async fn session() -> Result<Session, AccountProblem> {
    leptos_axum::extract::<Session>().await.map_err(|e| {
        tracing::error!(error = %e, "no session layer around a server function");
        AccountProblem::Internal
    })
}

/// Logs `user_id` in. The session gets a new id first, so an id someone planted in the
/// browser before (session fixation) is worth nothing afterwards.
pub async fn log_in(session: &Session, user_id: i64, now: i64) -> Result<(), AccountProblem> {
    session.cycle_id().await.map_err(store_failed)?;
    session.insert(USER_KEY, user_id).await.map_err(store_failed)?;
    session.insert(SINCE_KEY, now).await.map_err(store_failed)?;
    Ok(())
}

/// Someone who gave the right password (or link) but still owes the second factor: they are
/// not logged in, and have `PENDING_SECONDS` to give a code.
const PENDING_KEY: &str = "pending_user";
const PENDING_SINCE_KEY: &str = "pending_since";
pub const PENDING_SECONDS: i64 = 10 * 60;

/// Remembers that `user_id` passed the first factor; the session gets a new id here too.
pub async fn await_second_factor(session: &Session, user_id: i64, now: i64) -> Result<(), AccountProblem> {
    session.cycle_id().await.map_err(store_failed)?;
    session.remove_value(USER_KEY).await.map_err(store_failed)?;
    session.insert(PENDING_KEY, user_id).await.map_err(store_failed)?;
    session.insert(PENDING_SINCE_KEY, now).await.map_err(store_failed)?;
    Ok(())
}

/// Who is waiting to give a code, if they are still in time.
pub async fn awaiting_second_factor(session: &Session, now: i64) -> Result<Option<i64>, AccountProblem> {
    let Some(user_id) = session.get::<i64>(PENDING_KEY).await.map_err(store_failed)? else {
        return Ok(None);
    };
    let since = session.get::<i64>(PENDING_SINCE_KEY).await.map_err(store_failed)?.unwrap_or(0);
    Ok((now - since <= PENDING_SECONDS).then_some(user_id))
}

/// Completes a log-in that waited for the second factor.
pub async fn second_factor_given(session: &Session, user_id: i64, now: i64) -> Result<(), AccountProblem> {
    session.remove_value(PENDING_KEY).await.map_err(store_failed)?;
    session.remove_value(PENDING_SINCE_KEY).await.map_err(store_failed)?;
    log_in(session, user_id, now).await
}

/// A value kept in the session between two pages (a secret being set up, codes to show once).
pub async fn keep<T: serde::Serialize + Send + Sync>(session: &Session, key: &str, value: T) -> Result<(), AccountProblem> {
    session.insert(key, value).await.map_err(store_failed)
}

pub async fn kept<T: serde::de::DeserializeOwned>(session: &Session, key: &str) -> Result<Option<T>, AccountProblem> {
    session.get::<T>(key).await.map_err(store_failed)
}

pub async fn forget(session: &Session, key: &str) -> Result<(), AccountProblem> {
    session.remove_value(key).await.map(|_| ()).map_err(store_failed)
}

/// The logged-in person's id, if any. A log-in older than the absolute limit is ended here.
pub async fn current(session: &Session, now: i64) -> Result<Option<i64>, AccountProblem> {
    let Some(user_id) = session.get::<i64>(USER_KEY).await.map_err(store_failed)? else {
        return Ok(None);
    };
    let since = session.get::<i64>(SINCE_KEY).await.map_err(store_failed)?.unwrap_or(0);
    if now - since > MAX_LOG_IN_SECONDS {
        session.flush().await.map_err(store_failed)?;
        return Ok(None);
    }
    Ok(Some(user_id))
}

/// The logged-in person's id, or `NotLoggedIn`.
pub async fn required(session: &Session, now: i64) -> Result<i64, AccountProblem> {
    current(session, now).await?.ok_or(AccountProblem::NotLoggedIn)
}

/// Ends this session: removed from the store, cookie cleared.
pub async fn log_out(session: &Session) -> Result<(), AccountProblem> {
    session.flush().await.map_err(store_failed)
}

/// Ends every other session of `user_id` (on every device), keeping this one.
pub async fn log_out_elsewhere(db: &crate::db::Db, session: &Session, user_id: i64) -> Result<u64, AccountProblem> {
    let keep = session.id().map(|id| super::sessions::stored_id(&id)).unwrap_or_default();
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
        .bind(user_id)
        .bind(keep)
        .execute(db.writer())
        .await?;
    Ok(done.rows_affected())
}
