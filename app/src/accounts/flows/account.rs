//! What a logged-in person changes about their account: password, sessions, profile, address,
//! and deleting it.
use super::*;

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
    crate::accounts::my_data::delete(&db, id).await?;
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
    if users::id_by_email(&mut **tx, &email).await?.is_some() {
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
