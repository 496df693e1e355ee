//! The account server functions. Each form's function takes the interface `locale` (a hidden
//! field) so that it can answer with the pages and mails in the reader's language, and ends
//! with `outcome::finish`, which makes it work as a plain form without JavaScript.
use super::problem::AccountProblem;
use super::Role;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

/// Who is logged in, as the header shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub display_name: String,
    pub roles: Vec<Role>,
}

/// Where a first factor (password, mailed link) leaves someone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LogInStep {
    LoggedIn,
    /// Two-factor authentication is on: the code page comes next.
    CodeNeeded,
}

/// The page after a first factor: `logged_in` (a path), or the code page.
#[cfg(feature = "ssr")]
fn after_log_in(ui: crate::i18n::Locale, result: &Result<LogInStep, AccountProblem>, logged_in: &str) -> String {
    match result {
        Ok(LogInStep::CodeNeeded) => super::flows::page(ui, "/log-in/code"),
        _ => super::flows::page(ui, logged_in),
    }
}

/// What the set-up page shows while two-factor authentication is being turned on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorKey {
    /// The secret in groups of four, to type into an app.
    pub secret: String,
    /// `otpauth://…`, which phone apps open.
    pub uri: String,
    /// The same as a QR code (SVG markup made on the server).
    pub qr_svg: String,
}

/// The account page's view of the account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountOverview {
    pub display_name: String,
    pub email: String,
    pub email_verified: bool,
    pub language: String,
    pub timezone: String,
    /// Open sessions on every device, this one included.
    pub sessions: i64,
    pub two_factor: bool,
    pub recovery_codes_left: i64,
    /// The IANA time zones to choose from.
    pub timezones: Vec<String>,
}

#[server(prefix = "/api", endpoint = "me", input = GetUrl)]
pub async fn who_am_i() -> Result<Option<Me>, AccountProblem> {
    use super::{signed_in, users};
    let db = crate::state::db()?;
    let session = signed_in::session().await?;
    let Some(id) = signed_in::current(&session, crate::now()).await? else {
        return Ok(None);
    };
    let Some(account) = users::by_id(&db.pool, id).await? else {
        return Ok(None);
    };
    Ok(Some(Me { display_name: account.display_name, roles: users::roles(&db, id).await? }))
}

#[server(prefix = "/api", endpoint = "account", input = GetUrl)]
pub async fn my_account() -> Result<Option<AccountOverview>, AccountProblem> {
    use super::{signed_in, users};
    let db = crate::state::db()?;
    let now = crate::now();
    let session = signed_in::session().await?;
    let Some(id) = signed_in::current(&session, now).await? else {
        return Ok(None);
    };
    let Some(account) = users::by_id(&db.pool, id).await? else {
        return Ok(None);
    };
    Ok(Some(AccountOverview {
        display_name: account.display_name,
        email: account.email,
        email_verified: account.email_verified_at.is_some(),
        language: account.language,
        timezone: account.timezone,
        sessions: users::session_count(&db, id, now).await?,
        two_factor: super::two_factor::secret_of(&db, id).await?.is_some(),
        recovery_codes_left: super::two_factor::recovery_codes_left(&db, id).await?,
        timezones: chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name().to_string()).collect(),
    }))
}

#[server(prefix = "/api", endpoint = "sign-up")]
pub async fn sign_up(locale: String, display_name: String, email: String, password: String) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::sign_up(ui, &display_name, &email, &password).await;
    crate::forms::outcome::finish(result, &super::flows::check_mail_page(ui, "sign-up"), &super::flows::page(ui, "/sign-up"))
}

#[server(prefix = "/api", endpoint = "confirm-email")]
pub async fn confirm_email(locale: String, token: String) -> Result<LogInStep, AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::confirm_email(&token).await;
    let form = format!("{}?token={}", super::flows::page(ui, "/account/verify"), super::flows::token_in_link(&token));
    let next = after_log_in(ui, &result, "/account?done=verified");
    crate::forms::outcome::finish(result, &next, &form)
}

#[server(prefix = "/api", endpoint = "log-in")]
pub async fn log_in(locale: String, email: String, password: String) -> Result<LogInStep, AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::log_in_with_password(ui, &email, &password).await;
    let next = after_log_in(ui, &result, "/account");
    crate::forms::outcome::finish(result, &next, &super::flows::page(ui, "/log-in"))
}

#[server(prefix = "/api", endpoint = "log-in-code")]
pub async fn log_in_with_code(locale: String, code: String) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::log_in_with_code(&code).await;
    // Out of time: back to the start of the log-in, not to the code page.
    let form = if result == Err(AccountProblem::LogInAgain) { "/log-in" } else { "/log-in/code" };
    crate::forms::outcome::finish(result, &super::flows::page(ui, "/account"), &super::flows::page(ui, form))
}

#[server(prefix = "/api", endpoint = "log-in-link")]
pub async fn request_log_in_link(locale: String, email: String) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::send_link(ui, &email, super::tokens::Purpose::LogIn).await;
    crate::forms::outcome::finish(result, &super::flows::check_mail_page(ui, "log-in"), &super::flows::page(ui, "/log-in"))
}

#[server(prefix = "/api", endpoint = "log-in-with-link")]
pub async fn log_in_with_link(locale: String, token: String) -> Result<LogInStep, AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::log_in_with_link(&token).await;
    let form = format!("{}?token={}", super::flows::page(ui, "/log-in/link"), super::flows::token_in_link(&token));
    let next = after_log_in(ui, &result, "/account");
    crate::forms::outcome::finish(result, &next, &form)
}

#[server(prefix = "/api", endpoint = "log-out")]
pub async fn log_out(locale: String) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = async { super::signed_in::log_out(&super::signed_in::session().await?).await }.await;
    crate::forms::outcome::finish(result, &super::flows::page(ui, "/?done=logged-out"), &super::flows::page(ui, "/"))
}

#[server(prefix = "/api", endpoint = "password-reset")]
pub async fn request_password_reset(locale: String, email: String) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::send_link(ui, &email, super::tokens::Purpose::ResetPassword).await;
    crate::forms::outcome::finish(result, &super::flows::check_mail_page(ui, "reset"), &super::flows::page(ui, "/password-reset"))
}

#[server(prefix = "/api", endpoint = "new-password")]
pub async fn reset_password(locale: String, token: String, password: String) -> Result<LogInStep, AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::reset_password(&token, &password).await;
    let form = format!("{}?token={}", super::flows::page(ui, "/password-reset/new"), super::flows::token_in_link(&token));
    let next = after_log_in(ui, &result, "/account?done=password");
    crate::forms::outcome::finish(result, &next, &form)
}

#[server(prefix = "/api", endpoint = "change-password")]
pub async fn change_password(locale: String, current_password: String, new_password: String) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::change_password(&current_password, &new_password).await;
    crate::forms::outcome::finish(result, &super::flows::page(ui, "/account?done=password"), &super::flows::page(ui, "/account?form=password"))
}

#[server(prefix = "/api", endpoint = "log-out-elsewhere")]
pub async fn log_out_other_sessions(locale: String) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::log_out_other_sessions().await;
    crate::forms::outcome::finish(result, &super::flows::page(ui, "/account?done=sessions"), &super::flows::page(ui, "/account?form=sessions"))
}

#[server(prefix = "/api", endpoint = "two-factor-start")]
pub async fn start_two_factor(locale: String) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::start_two_factor().await;
    crate::forms::outcome::finish(result, &super::flows::page(ui, "/account/two-factor"), &super::flows::page(ui, "/account?form=two-factor"))
}

/// The secret being set up (from this session), or `None` if no set-up was started.
#[server(prefix = "/api", endpoint = "two-factor-setup", input = GetUrl)]
pub async fn two_factor_setup() -> Result<Option<TwoFactorKey>, AccountProblem> {
    super::answer(setup_in_progress().await)
}

#[cfg(feature = "ssr")]
async fn setup_in_progress() -> Result<Option<TwoFactorKey>, AccountProblem> {
    use super::{signed_in, two_factor, users};
    let db = crate::state::db()?;
    let session = signed_in::session().await?;
    let id = signed_in::required(&session, crate::now()).await?;
    let Some(secret) = two_factor::pending_secret(&db, id).await? else {
        return Ok(None);
    };
    let email = users::by_id(&db.pool, id).await?.map(|a| a.email).unwrap_or_default();
    let uri = two_factor::provisioning_uri(&secret, &email).ok_or(AccountProblem::Internal)?;
    let qr_svg = qrcode::QrCode::new(uri.as_bytes())
        .map(|qr| qr.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).build())
        .map_err(|_| AccountProblem::Internal)?;
    // Inline in the page: without the XML declaration a file would start with.
    let qr_svg = qr_svg.find("<svg").map(|at| qr_svg[at..].to_string()).unwrap_or_default();
    let grouped = secret.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ");
    Ok(Some(TwoFactorKey { secret: grouped, uri, qr_svg }))
}

#[server(prefix = "/api", endpoint = "two-factor-confirm")]
pub async fn confirm_two_factor(locale: String, code: String) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::confirm_two_factor(&code).await;
    crate::forms::outcome::finish(result, &super::flows::page(ui, "/account/recovery-codes"), &super::flows::page(ui, "/account/two-factor"))
}

/// Recovery codes just made, shown until the person says they kept them.
#[server(prefix = "/api", endpoint = "recovery-codes", input = GetUrl)]
pub async fn new_recovery_codes() -> Result<Vec<String>, AccountProblem> {
    super::answer(super::flows::take_new_recovery_codes().await)
}

#[server(prefix = "/api", endpoint = "recovery-codes-kept")]
pub async fn recovery_codes_kept(locale: String) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::recovery_codes_kept().await;
    crate::forms::outcome::finish(result, &super::flows::page(ui, "/account?done=two-factor-on"), &super::flows::page(ui, "/account/recovery-codes"))
}

#[server(prefix = "/api", endpoint = "two-factor-off")]
pub async fn disable_two_factor(locale: String, code: String) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::disable_two_factor(&code).await;
    crate::forms::outcome::finish(result, &super::flows::page(ui, "/account?done=two-factor-off"), &super::flows::page(ui, "/account?form=two-factor"))
}

#[server(prefix = "/api", endpoint = "delete-account")]
pub async fn delete_my_account(
    locale: String,
    #[server(default)] password: String,
    #[server(default)] code: String,
    #[server(default)] confirm: String,
) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::delete_account(&password, &code, confirm == "yes").await;
    crate::forms::outcome::finish(result, &super::flows::page(ui, "/?done=deleted"), &super::flows::page(ui, "/account?form=delete"))
}

#[server(prefix = "/api", endpoint = "profile")]
pub async fn update_profile(locale: String, display_name: String, language: String, timezone: String) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::update_profile(&display_name, &language, &timezone).await;
    crate::forms::outcome::finish(result, &super::flows::page(ui, "/account?done=profile"), &super::flows::page(ui, "/account?form=profile"))
}

#[server(prefix = "/api", endpoint = "change-email")]
pub async fn change_email(locale: String, new_email: String, current_password: String) -> Result<(), AccountProblem> {
    let ui = super::flows::ui_locale(&locale)?;
    let result = super::flows::change_email(ui, &new_email, &current_password).await;
    crate::forms::outcome::finish(result, &super::flows::check_mail_page(ui, "new-email"), &super::flows::page(ui, "/account?form=email"))
}
