//! What the account forms do, on the server. Answers never tell a stranger whether an email
//! has an account: sign-up, link and reset requests succeed alike (the owner of a known address
//! gets a mail instead), and log-in fails alike for an unknown address and a wrong password,
//! after the same argon2 work.
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
async fn client_address() -> String {
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

pub async fn sign_up(ui: Locale, display_name: &str, email: &str, password: &str) -> Result<(), AccountProblem> {
    let now = crate::now();
    let name = identity::normalise_name(display_name).ok_or(AccountProblem::InvalidName)?;
    let email = identity::normalise_email(email).ok_or(AccountProblem::InvalidEmail)?;
    password::check_new(password, &email).map_err(password_problem)?;
    // Counted once the form is complete: a sign-up refused for a typo costs nothing and
    // should not use up the address's allowance.
    let sign_ups = Limit { hits: crate::state::sign_ups_per_address()?, window: SIGN_UP_WINDOW };
    limit(&format!("sign-up:{}", client_address().await), sign_ups, now).await?;
    // Hashed even when the address has an account, so both take the same time.
    let password_hash = hash_password(password).await?;
    let db = crate::state::db()?;
    let mut tx = db.begin_write().await?;
    let mail = match users::by_email(&mut *tx, &email).await? {
        Some(existing) => {
            let locale = account_locale(&existing.language);
            let token = tokens::issue(&mut tx, Purpose::LogIn, Some(existing.id), &email, now, LOG_IN_HOURS * 3600).await?;
            let link = link(locale, "/log-in/link", &token)?;
            render(locale, &email, &existing.display_name, AccountMail::AlreadyRegistered { link: &link, valid_hours: LOG_IN_HOURS })
        }
        None => {
            let user = NewUser { email: email.clone(), display_name: name.clone(), password_hash, language: code(ui).into(), email_verified_at: None };
            let id = users::create(&mut tx, &user, now).await.map_err(|e| match e {
                users::UserError::EmailTaken => AccountProblem::Internal,
                users::UserError::Database(e) => e.into(),
            })?;
            let token = tokens::issue(&mut tx, Purpose::VerifyEmail, Some(id), &email, now, VERIFY_HOURS * 3600).await?;
            let link = link(ui, "/account/verify", &token)?;
            render(ui, &email, &name, AccountMail::VerifyEmail { link: &link, valid_hours: VERIFY_HOURS })
        }
    };
    crate::mail::enqueue(&mut tx, &mail, now).await?;
    tx.commit().await?;
    Ok(())
}

/// After the first factor (password or mailed link): logged in, or asked for a code if the
/// account has two-factor authentication on.
async fn begin_log_in(user_id: i64, now: i64) -> Result<LogInStep, AccountProblem> {
    let db = crate::state::db()?;
    let session = signed_in::session().await?;
    if two_factor::secret_of(&db, user_id).await?.is_some() {
        signed_in::await_second_factor(&session, user_id, now).await?;
        Ok(LogInStep::CodeNeeded)
    } else {
        signed_in::log_in(&session, user_id, now).await?;
        Ok(LogInStep::LoggedIn)
    }
}

/// Opens a verification link: the address is confirmed and its owner logged in.
pub async fn confirm_email(token: &str) -> Result<LogInStep, AccountProblem> {
    let db = crate::state::db()?;
    let now = crate::now();
    // The same page confirms a new account's address and a changed one.
    let redeemed = match tokens::redeem(&db, Purpose::VerifyEmail, token, now).await? {
        Err(TokenProblem::Unknown) => tokens::redeem(&db, Purpose::ChangeEmail, token, now).await?,
        other => other,
    }
    .map_err(link_problem)?;
    let account = match redeemed.user_id {
        Some(id) => users::by_id(&db.pool, id).await?,
        None => None,
    };
    let account = account.ok_or(AccountProblem::LinkUnknown)?;
    if account.email == redeemed.email {
        users::mark_verified(&db, account.id, now).await?;
    } else if !users::set_email(&db, account.id, &redeemed.email, now).await? {
        // Someone else confirmed that address first.
        return Err(AccountProblem::LinkUnknown);
    }
    begin_log_in(account.id, now).await
}

pub async fn log_in_with_password(ui: Locale, email: &str, password: &str) -> Result<LogInStep, AccountProblem> {
    let now = crate::now();
    let email = identity::normalise_email(email).ok_or(AccountProblem::InvalidEmail)?;
    limit(&format!("log-in:{email}"), LOG_IN, now).await?;
    limit(&format!("log-in:{email}:{}", client_address().await), LOG_IN_FROM, now).await?;
    let db = crate::state::db()?;
    let account = users::by_email(&db.pool, &email).await?;
    let stored = account.as_ref().map(|a| a.password_hash.as_str()).unwrap_or("");
    // An unknown address is checked against a decoy hash: same time, same answer.
    if !password_matches(password, stored).await {
        return Err(AccountProblem::WrongCredentials);
    }
    let account = account.ok_or(AccountProblem::WrongCredentials)?;
    if account.email_verified_at.is_none() {
        // Only someone who knows the password learns this; they get a fresh link.
        send_link(ui, &email, Purpose::VerifyEmail).await?;
        return Err(AccountProblem::EmailNotVerified);
    }
    begin_log_in(account.id, now).await
}

/// Mails a one-time link for `purpose` if the address has an account; says nothing either way.
pub async fn send_link(ui: Locale, email: &str, purpose: Purpose) -> Result<(), AccountProblem> {
    let now = crate::now();
    let email = identity::normalise_email(email).ok_or(AccountProblem::InvalidEmail)?;
    limit(&format!("mail-link:{email}"), MAIL_LINK, now).await?;
    let db = crate::state::db()?;
    let mut tx = db.begin_write().await?;
    let Some(account) = users::by_email(&mut *tx, &email).await? else {
        // The same write as for a known address, so the answer takes as long.
        tokens::record_decoy(&mut tx, now).await?;
        tx.commit().await?;
        return Ok(());
    };
    // The mail is in the account's language; the link opens the site in it too.
    let locale = if purpose == Purpose::VerifyEmail { ui } else { account_locale(&account.language) };
    let (hours, path) = match purpose {
        Purpose::VerifyEmail | Purpose::ChangeEmail => (VERIFY_HOURS, "/account/verify"),
        Purpose::LogIn => (LOG_IN_HOURS, "/log-in/link"),
        Purpose::ResetPassword => (RESET_HOURS, "/password-reset/new"),
    };
    let token = tokens::issue(&mut tx, purpose, Some(account.id), &email, now, hours * 3600).await?;
    let link = link(locale, path, &token)?;
    let mail = match purpose {
        Purpose::VerifyEmail | Purpose::ChangeEmail => AccountMail::VerifyEmail { link: &link, valid_hours: hours },
        Purpose::LogIn => AccountMail::LogInLink { link: &link, valid_hours: hours },
        Purpose::ResetPassword => AccountMail::ResetPassword { link: &link, valid_hours: hours },
    };
    crate::mail::enqueue(&mut tx, &render(locale, &email, &account.display_name, mail), now).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn log_in_with_link(token: &str) -> Result<LogInStep, AccountProblem> {
    let db = crate::state::db()?;
    let now = crate::now();
    let redeemed = tokens::redeem(&db, Purpose::LogIn, token, now).await?.map_err(link_problem)?;
    let id = redeemed.user_id.ok_or(AccountProblem::LinkUnknown)?;
    // The link reached the mailbox: the address works.
    users::mark_verified(&db, id, now).await?;
    begin_log_in(id, now).await
}

/// Sets a new password from a reset link, ends every other session, and logs in (asking for
/// the second factor if it is on: a reset proves only the mailbox).
pub async fn reset_password(token: &str, new_password: &str) -> Result<LogInStep, AccountProblem> {
    let db = crate::state::db()?;
    let now = crate::now();
    // Checked before the link is used up, so a refused password does not cost a new mail.
    let pending = tokens::peek(&db, Purpose::ResetPassword, token, now).await?.map_err(link_problem)?;
    password::check_new(new_password, &pending.email).map_err(password_problem)?;
    let hash = hash_password(new_password).await?;
    let redeemed = tokens::redeem(&db, Purpose::ResetPassword, token, now).await?.map_err(link_problem)?;
    let id = redeemed.user_id.ok_or(AccountProblem::LinkUnknown)?;
    users::set_password_hash(&db, id, &hash).await?;
    users::mark_verified(&db, id, now).await?;
    let session = signed_in::session().await?;
    signed_in::log_out_elsewhere(&db, &session, id).await?;
    begin_log_in(id, now).await
}

pub async fn change_password(current_password: &str, new_password: &str) -> Result<(), AccountProblem> {
    let db = crate::state::db()?;
    let now = crate::now();
    let session = signed_in::session().await?;
    let id = signed_in::required(&session, now).await?;
    let account = users::by_id(&db.pool, id).await?.ok_or(AccountProblem::NotLoggedIn)?;
    limit(&format!("log-in:{}", account.email), LOG_IN, now).await?;
    if !password_matches(current_password, &account.password_hash).await {
        return Err(AccountProblem::WrongCurrentPassword);
    }
    password::check_new(new_password, &account.email).map_err(password_problem)?;
    let hash = hash_password(new_password).await?;
    users::set_password_hash(&db, id, &hash).await?;
    // Whoever knew the old password is logged out everywhere else.
    signed_in::log_out_elsewhere(&db, &session, id).await?;
    Ok(())
}

pub async fn log_out_other_sessions() -> Result<(), AccountProblem> {
    let db = crate::state::db()?;
    let session = signed_in::session().await?;
    let id = signed_in::required(&session, crate::now()).await?;
    signed_in::log_out_elsewhere(&db, &session, id).await.map(|_| ())
}

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

/// Deletes the logged-in person's account, after the password (and code, if two-factor is on)
/// and a ticked confirmation.
pub async fn delete_account(password: &str, code: &str, confirmed: bool) -> Result<(), AccountProblem> {
    let db = crate::state::db()?;
    let now = crate::now();
    let session = signed_in::session().await?;
    let id = signed_in::required(&session, now).await?;
    if !confirmed {
        return Err(AccountProblem::NotConfirmed);
    }
    let account = users::by_id(&db.pool, id).await?.ok_or(AccountProblem::NotLoggedIn)?;
    limit(&format!("log-in:{}", account.email), LOG_IN, now).await?;
    // An account made by a link alone has no password to ask for.
    if !account.password_hash.is_empty() && !password_matches(password, &account.password_hash).await {
        return Err(AccountProblem::WrongCurrentPassword);
    }
    if two_factor::secret_of(&db, id).await?.is_some() && !code_accepted(id, code, now).await? {
        return Err(AccountProblem::WrongCode);
    }
    super::my_data::delete(&db, id).await?;
    tracing::info!(user = id, "account deleted by its owner");
    signed_in::log_out(&session).await
}

/// The interface languages, which are also the languages mails are written in.
fn mail_language(code: &str) -> Option<&'static str> {
    crate::locale::ALL.into_iter().map(crate::locale::code).find(|c| *c == code)
}

pub async fn update_profile(display_name: &str, language: &str, timezone: &str) -> Result<(), AccountProblem> {
    let db = crate::state::db()?;
    let session = signed_in::session().await?;
    let id = signed_in::required(&session, crate::now()).await?;
    let name = identity::normalise_name(display_name).ok_or(AccountProblem::InvalidName)?;
    let language = mail_language(language).ok_or(AccountProblem::BadChoice)?;
    let timezone = timezone.parse::<chrono_tz::Tz>().map_err(|_| AccountProblem::BadChoice)?;
    users::set_profile(&db, id, &name, language, timezone.name()).await?;
    Ok(())
}

/// Sends a confirmation link to a new address; the account keeps its address until the link
/// is opened. The answer is the same whether or not the new address has an account (which is
/// then not written to).
pub async fn change_email(ui: Locale, new_email: &str, password: &str) -> Result<(), AccountProblem> {
    let db = crate::state::db()?;
    let now = crate::now();
    let session = signed_in::session().await?;
    let id = signed_in::required(&session, now).await?;
    let account = users::by_id(&db.pool, id).await?.ok_or(AccountProblem::NotLoggedIn)?;
    let email = identity::normalise_email(new_email).ok_or(AccountProblem::InvalidEmail)?;
    limit(&format!("log-in:{}", account.email), LOG_IN, now).await?;
    if !password_matches(password, &account.password_hash).await {
        return Err(AccountProblem::WrongCurrentPassword);
    }
    limit(&format!("mail-link:{email}"), MAIL_LINK, now).await?;
    let mut tx = db.begin_write().await?;
    if users::id_by_email(&mut *tx, &email).await?.is_some() {
        tokens::record_decoy(&mut tx, now).await?;
        tx.commit().await?;
        return Ok(());
    }
    let token = tokens::issue(&mut tx, Purpose::ChangeEmail, Some(id), &email, now, VERIFY_HOURS * 3600).await?;
    let link = link(ui, "/account/verify", &token)?;
    let mail = render(ui, &email, &account.display_name, AccountMail::VerifyEmail { link: &link, valid_hours: VERIFY_HOURS });
    crate::mail::enqueue(&mut tx, &mail, now).await?;
    tx.commit().await?;
    Ok(())
}
