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

/// Session keys of the set-up: the secret being set up, then the recovery codes to show once.
pub const ENROLMENT_KEY: &str = "totp_enrolment";
pub const NEW_CODES_KEY: &str = "recovery_codes_new";

/// Starts setting up two-factor authentication: a new secret, kept in the session until a code
/// shows the person's app holds it.
pub async fn start_two_factor() -> Result<(), AccountProblem> {
    let session = signed_in::session().await?;
    signed_in::required(&session, crate::now()).await?;
    signed_in::keep(&session, ENROLMENT_KEY, two_factor::new_secret()).await
}

pub async fn confirm_two_factor(code: &str) -> Result<(), AccountProblem> {
    let db = crate::state::db()?;
    let now = crate::now();
    let session = signed_in::session().await?;
    let id = signed_in::required(&session, now).await?;
    let secret: String = signed_in::kept(&session, ENROLMENT_KEY).await?.ok_or(AccountProblem::LogInAgain)?;
    let key = format!("second-factor:{id}");
    refuse_over(&key, limits::check(&db, &key, LOG_IN, now).await?)?;
    let Some(step) = two_factor::matching_step(&secret, code, now) else {
        limits::hit(&db, &key, LOG_IN, now).await?;
        return Err(AccountProblem::WrongCode);
    };
    let codes = two_factor::new_recovery_codes();
    two_factor::enable(&db, id, &secret, step, &codes, now).await?;
    signed_in::forget(&session, ENROLMENT_KEY).await?;
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
