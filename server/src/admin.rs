//! `tadamun create-admin` and `tadamun create-editor`: people with powers, made from the
//! command line by whoever runs the site.
use app::accounts::password::{self, PasswordProblem};
use app::accounts::users::{self, NewUser};
use app::accounts::{identity, Role};
use app::db::Db;

/// Makes `email` an administrator. A new account gets `password` (asked for only then) and
/// counts as verified: whoever runs this command vouches for the address. An existing account
/// keeps its password and gains the role. Returns what was done, for the operator.
pub async fn create_admin(
    db: &Db,
    email: &str,
    name: &str,
    password: impl FnOnce() -> Result<String, String>,
) -> Result<String, String> {
    let email = identity::normalise_email(email).ok_or_else(|| format!("not a usable email address: {email}"))?;
    let (id, done) = match users::id_by_email(&db.pool, &email).await.map_err(|e| e.to_string())? {
        Some(id) => (id, format!("{email} already had an account; it is now an administrator")),
        None => (create_account(db, &email, name, password).await?, format!("created the administrator account {email}")),
    };
    let mut tx = db.begin_write().await.map_err(|e| e.to_string())?;
    users::grant(&mut tx, id, Role::Admin, crate::now()).await.map_err(|e| e.to_string())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    Ok(done)
}

/// Makes `email` an editor of the organisation `slug` (creating the account as `create_admin`
/// does), so they can add and edit its events.
pub async fn create_editor(
    db: &Db,
    email: &str,
    name: &str,
    slug: &str,
    password: impl FnOnce() -> Result<String, String>,
) -> Result<String, String> {
    let normalised = identity::normalise_email(email).ok_or_else(|| format!("not a usable email address: {email}"))?;
    let existed = users::id_by_email(&db.pool, &normalised).await.map_err(|e| e.to_string())?;
    let id = match existed {
        Some(id) => id,
        None => create_account(db, &normalised, name, password).await?,
    };
    if !users::grant_editor(db, id, slug, crate::now()).await.map_err(|e| e.to_string())? {
        return Err(format!("no organisation has the address {slug}"));
    }
    Ok(format!("{normalised} is an editor of {slug}"))
}

async fn create_account(db: &Db, email: &str, name: &str, password: impl FnOnce() -> Result<String, String>) -> Result<i64, String> {
    let now = crate::now();
    let name = identity::normalise_name(name).ok_or("the name must be 1 to 60 characters, without control characters")?;
    let password = password()?;
    password::check_new(&password, email).map_err(|problem| match problem {
        PasswordProblem::TooShort => format!("the password must have at least {} characters", password::MIN_CHARS),
        PasswordProblem::TooLong => format!("the password must have at most {} characters", password::MAX_CHARS),
        PasswordProblem::TooCommon => "that password is too common or too easy to guess; choose another".to_string(),
    })?;
    let password_hash = password::hash(&password).map_err(|e| e.to_string())?;
    let user = NewUser { email: email.to_string(), display_name: name, password_hash, language: "en".into(), email_verified_at: Some(now) };
    let mut tx = db.begin_write().await.map_err(|e| e.to_string())?;
    let id = users::create(&mut tx, &user, now).await.map_err(|e| e.to_string())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    Ok(id)
}

/// The password from `TADAMUN_ADMIN_PASSWORD`, else the first line of standard input.
pub fn read_password() -> Result<String, String> {
    if let Ok(p) = std::env::var("TADAMUN_ADMIN_PASSWORD") {
        return Ok(p);
    }
    eprintln!("password for the new administrator (one line):");
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).map_err(|e| format!("cannot read the password: {e}"))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

