//! Two-factor authentication: the code step of a log-in, turning it on and off.
use super::*;

/// The second step of a log-in: a code from the authenticator app, or a recovery code.
pub async fn log_in_with_code(code: &str) -> Result<(), AccountProblem> {
    let now = crate::now();
    let session = signed_in::session().await?;
    let id = signed_in::awaiting_second_factor(&session, now).await?.ok_or(AccountProblem::LogInAgain)?;
    if !code_accepted(id, code, now).await? {
        return Err(AccountProblem::WrongCode);
    }
    signed_in::second_factor_given(&session, id, now).await
}

/// The session key of the new recovery codes, kept from turning two-factor on until the page
/// that shows them takes them out (`take_new_recovery_codes`): they are in the session row
/// for one redirect, not for the session's life.
pub const NEW_CODES_KEY: &str = "recovery_codes_new";

/// Starts setting up two-factor authentication: a new secret, kept beside the account (not in
/// the session row) until a code shows the person's app holds it.
pub async fn start_two_factor() -> Result<(), AccountProblem> {
    let db = crate::state::db()?;
    let session = signed_in::session().await?;
    let id = signed_in::required(&session, crate::now()).await?;
    Ok(two_factor::start(&db, id, &two_factor::new_secret()).await?)
}

/// The new recovery codes, once: taken out of the session as they are shown.
pub async fn take_new_recovery_codes() -> Result<Vec<String>, AccountProblem> {
    let session = signed_in::session().await?;
    signed_in::required(&session, crate::now()).await?;
    let codes = signed_in::kept::<Vec<String>>(&session, NEW_CODES_KEY).await?.unwrap_or_default();
    signed_in::forget(&session, NEW_CODES_KEY).await?;
    Ok(codes)
}

pub async fn confirm_two_factor(code: &str) -> Result<(), AccountProblem> {
    let db = crate::state::db()?;
    let now = crate::now();
    let session = signed_in::session().await?;
    let id = signed_in::required(&session, now).await?;
    let secret = two_factor::pending_secret(&db, id).await?.ok_or(AccountProblem::LogInAgain)?;
    let key = format!("second-factor:{id}");
    refuse_over(&key, limits::check(&db, &key, LOG_IN, now).await?)?;
    let Some(step) = two_factor::matching_step(&secret, code, now) else {
        limits::hit(&db, &key, LOG_IN, now).await?;
        return Err(AccountProblem::WrongCode);
    };
    let codes = two_factor::new_recovery_codes();
    two_factor::enable(&db, id, &secret, step, &codes, now).await?;
    signed_in::keep(&session, NEW_CODES_KEY, codes).await
}

/// Turning it off needs a current code (or a recovery code), not just an open session.
pub async fn disable_two_factor(code: &str) -> Result<(), AccountProblem> {
    let db = crate::state::db()?;
    let now = crate::now();
    let session = signed_in::session().await?;
    let id = signed_in::required(&session, now).await?;
    if !code_accepted(id, code, now).await? {
        return Err(AccountProblem::WrongCode);
    }
    two_factor::disable(&db, id).await?;
    Ok(())
}

/// The recovery codes were written down: they are not shown again.
pub async fn recovery_codes_kept() -> Result<(), AccountProblem> {
    let session = signed_in::session().await?;
    signed_in::required(&session, crate::now()).await?;
    signed_in::forget(&session, NEW_CODES_KEY).await
}
