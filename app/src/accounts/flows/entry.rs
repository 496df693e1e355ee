//! Getting in: signing up, confirming an address, logging in by password or mailed link, and
//! resetting a password. Each first factor ends in `begin_log_in`.
use super::*;

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
    let mail = match users::by_email(&mut **tx, &email).await? {
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
    let Some(account) = users::by_email(&mut **tx, &email).await? else {
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
