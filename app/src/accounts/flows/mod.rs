//! What the account forms do, on the server. Answers never tell a stranger whether an email
//! has an account: sign-up, link and reset requests succeed alike (the owner of a known address
//! gets a mail instead), and log-in fails alike for an unknown address and a wrong password,
//! after the same argon2 work.
mod account;
mod entry;
mod second_factor;

pub use account::*;
pub use entry::*;
pub use second_factor::*;

use super::limits::{self, Decision, Limit};
use super::password::{self, PasswordProblem};
use super::problem::AccountProblem;
use super::tokens::{self, Purpose, TokenProblem};
use super::users::{self, NewUser};
use super::api::LogInStep;
use super::{identity, signed_in, two_factor};
use crate::i18n::Locale;
use crate::locale::{code, from_code, localise_path};
use crate::mail::accounts::{render, AccountMail};

/// Sign-ups: per 5 minutes from one address (6 unless configured).
const SIGN_UP_WINDOW: i64 = 300;
/// Password tries: 5 a minute per account, and 30 an hour per account and address.
const LOG_IN: Limit = Limit { hits: 5, window: 60 };
const LOG_IN_FROM: Limit = Limit { hits: 30, window: 3600 };
/// Mailed links (log-in, reset, verification): 3 a minute per account.
const MAIL_LINK: Limit = Limit { hits: 3, window: 60 };

const VERIFY_HOURS: i64 = 48;
const LOG_IN_HOURS: i64 = 2;
const RESET_HOURS: i64 = 1;

pub fn ui_locale(locale: &str) -> Result<Locale, AccountProblem> {
    from_code(locale).ok_or(AccountProblem::BadRequest)
}

/// A page of this site in `ui`'s language.
pub fn page(ui: Locale, path: &str) -> String {
    localise_path(ui, path)
}

/// "Check your email" after a request of `what` (sign-up, log-in, reset).
pub fn check_mail_page(ui: Locale, what: &str) -> String {
    page(ui, &format!("/check-your-email?for={what}"))
}

/// A token as it may go back into an address: tokens are hex, anything else is dropped.
pub fn token_in_link(token: &str) -> String {
    token.chars().filter(char::is_ascii_hexdigit).take(64).collect()
}

fn link(ui: Locale, path: &str, token: &str) -> Result<String, AccountProblem> {
    Ok(format!("{}{}?token={token}", crate::state::public_url()?, page(ui, path)))
}

fn link_problem(problem: TokenProblem) -> AccountProblem {
    match problem {
        TokenProblem::Unknown => AccountProblem::LinkUnknown,
        TokenProblem::Expired => AccountProblem::LinkExpired,
        TokenProblem::AlreadyUsed => AccountProblem::LinkUsed,
    }
}

fn password_problem(problem: PasswordProblem) -> AccountProblem {
    match problem {
        PasswordProblem::TooShort => AccountProblem::PasswordTooShort,
        PasswordProblem::TooLong => AccountProblem::PasswordTooLong,
        PasswordProblem::TooCommon => AccountProblem::PasswordTooCommon,
    }
}

/// The address the request came from, for the limits that count per address.
pub(crate) async fn client_address() -> String {
    use axum::extract::ConnectInfo;
    match leptos_axum::extract::<ConnectInfo<std::net::SocketAddr>>().await {
        Ok(ConnectInfo(addr)) => addr.ip().to_string(),
        Err(_) => "unknown".to_string(),
    }
}

async fn limit(key: &str, limit: Limit, now: i64) -> Result<(), AccountProblem> {
    let db = crate::state::db()?;
    refuse_over(key, limits::hit(&db, key, limit, now).await?)
}

fn refuse_over(key: &str, decision: Decision) -> Result<(), AccountProblem> {
    match decision {
        Decision::Allowed => Ok(()),
        Decision::Refused { retry_after } => {
            tracing::info!(key, "rate limit reached");
            Err(AccountProblem::TooManyAttempts { wait_minutes: (retry_after + 59).div_euclid(60).max(1) })
        }
    }
}

/// Checks a second-factor code for `user_id`, counting only wrong ones against `LOG_IN`: a
/// person who types codes right (turning two-factor on, logging in twice) is never slowed down,
/// while guessing stays at five tries a minute.
async fn code_accepted(user_id: i64, code: &str, now: i64) -> Result<bool, AccountProblem> {
    let db = crate::state::db()?;
    let key = format!("second-factor:{user_id}");
    refuse_over(&key, limits::check(&db, &key, LOG_IN, now).await?)?;
    let accepted = two_factor::accept_code(&db, user_id, code, now).await?;
    if !accepted {
        limits::hit(&db, &key, LOG_IN, now).await?;
    }
    Ok(accepted)
}

/// argon2 takes tens of milliseconds of CPU: off the threads that serve requests.
async fn hash_password(password: &str) -> Result<String, AccountProblem> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || password::hash(&password))
        .await
        .map_err(|_| AccountProblem::Internal)?
        .map_err(|e| {
            tracing::error!(error = %e, "cannot hash a password");
            AccountProblem::Internal
        })
}

async fn password_matches(password: &str, stored: &str) -> bool {
    let (password, stored) = (password.to_string(), stored.to_string());
    tokio::task::spawn_blocking(move || password::verify(&password, &stored)).await.unwrap_or(false)
}

fn account_locale(language: &str) -> Locale {
    from_code(language).unwrap_or(Locale::en)
}

