//! Accounts in the database: creating them and their site-wide roles.
use super::Role;
use crate::db::Db;
use sqlx::{Any, Transaction};

/// An account as first recorded. `email` and `display_name` must already be normalised
/// (`identity`), and `password_hash` be an argon2id hash or empty (no password yet).
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub language: String,
    /// Set when the address is known to work (verified by link, or vouched for by an admin).
    pub email_verified_at: Option<i64>,
}

#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("an account with this email already exists")]
    EmailTaken,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

pub async fn create(tx: &mut Transaction<'static, Any>, user: &NewUser, now: i64) -> Result<i64, UserError> {
    if id_by_email(&mut **tx, &user.email).await?.is_some() {
        return Err(UserError::EmailTaken);
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO users (email, display_name, password_hash, language, email_verified_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(&user.email)
    .bind(&user.display_name)
    .bind(&user.password_hash)
    .bind(&user.language)
    .bind(user.email_verified_at)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

pub async fn id_by_email<'c>(executor: impl sqlx::Executor<'c, Database = Any>, email: &str) -> Result<Option<i64>, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(executor)
        .await?;
    Ok(row.map(|(id,)| id))
}

/// Grants `role`; granting one already held changes nothing.
pub async fn grant(tx: &mut Transaction<'static, Any>, user_id: i64, role: Role, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO user_roles (user_id, role, granted_at) VALUES ($1, $2, $3) ON CONFLICT (user_id, role) DO NOTHING")
        .bind(user_id)
        .bind(role.code())
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn roles(db: &Db, user_id: i64) -> Result<Vec<Role>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role")
        .bind(user_id)
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.iter().filter_map(|(code,)| Role::from_code(code)).collect())
}

/// What log-in and the account mails need to know about an account.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub language: String,
    pub timezone: String,
    pub email_verified_at: Option<i64>,
    pub created_at: i64,
}

const ACCOUNT_COLUMNS: &str =
    "id, email, display_name, password_hash, language, timezone, email_verified_at, created_at";

pub async fn by_email<'c>(executor: impl sqlx::Executor<'c, Database = Any>, email: &str) -> Result<Option<Account>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {ACCOUNT_COLUMNS} FROM users WHERE email = $1"))
        .bind(email)
        .fetch_optional(executor)
        .await
}

pub async fn by_id<'c>(executor: impl sqlx::Executor<'c, Database = Any>, id: i64) -> Result<Option<Account>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {ACCOUNT_COLUMNS} FROM users WHERE id = $1"))
        .bind(id)
        .fetch_optional(executor)
        .await
}

/// Records that the account's address works (a link sent to it was opened).
pub async fn mark_verified(db: &Db, id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET email_verified_at = COALESCE(email_verified_at, $1) WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(db.writer())
        .await?;
    Ok(())
}

pub async fn set_password_hash(db: &Db, id: i64, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2").bind(hash).bind(id).execute(db.writer()).await?;
    Ok(())
}

/// How many sessions the account has open (on every device), this one included.
pub async fn session_count(db: &Db, id: i64, now: i64) -> Result<i64, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND expires_at > $2")
        .bind(id)
        .bind(now)
        .fetch_one(&db.pool)
        .await?;
    Ok(n)
}

pub async fn revoke(db: &Db, user_id: i64, role: Role) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM user_roles WHERE user_id = $1 AND role = $2")
        .bind(user_id)
        .bind(role.code())
        .execute(db.writer())
        .await?;
    Ok(())
}

/// A person as the admin page lists them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Listed {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub email_verified_at: Option<i64>,
    pub totp_enabled_at: Option<i64>,
    pub created_at: i64,
    /// Their roles' codes, comma-separated.
    pub roles: Option<String>,
    /// Slugs of the organisations they edit, comma-separated.
    pub edits: Option<String>,
}

/// People whose name or email contains `search` (all if empty), newest first; and how many.
pub async fn list(db: &Db, search: &str, offset: i64, limit: i64) -> Result<(Vec<Listed>, i64), sqlx::Error> {
    let pattern = format!("%{}%", search.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
    let filter = "($1 = '%%' OR LOWER(u.email) LIKE $1 ESCAPE '\\' OR LOWER(u.display_name) LIKE $1 ESCAPE '\\')";
    let (roles, edits) = match db.backend {
        crate::db::Backend::Sqlite => (
            "(SELECT GROUP_CONCAT(r.role, ',') FROM user_roles r WHERE r.user_id = u.id)",
            "(SELECT GROUP_CONCAT(o.slug, ',') FROM organisation_editors e JOIN organisations o ON o.id = e.organisation_id WHERE e.user_id = u.id)",
        ),
        crate::db::Backend::Postgres => (
            "(SELECT STRING_AGG(r.role, ',' ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id)",
            "(SELECT STRING_AGG(o.slug, ',' ORDER BY o.slug) FROM organisation_editors e JOIN organisations o ON o.id = e.organisation_id WHERE e.user_id = u.id)",
        ),
    };
    let people = sqlx::query_as(&format!(
        "SELECT u.id, u.display_name, u.email, u.email_verified_at, u.totp_enabled_at, u.created_at, {roles} AS roles, {edits} AS edits \
         FROM users u WHERE {filter} ORDER BY u.created_at DESC, u.id DESC LIMIT $2 OFFSET $3"
    ))
    .bind(&pattern)
    .bind(limit)
    .bind(offset)
    .fetch_all(&db.pool)
    .await?;
    let (total,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM users u WHERE {filter}"))
        .bind(&pattern)
        .fetch_one(&db.pool)
        .await?;
    Ok((people, total))
}

/// Sets what the account page edits: the name shown, the language of mails, the time zone.
pub async fn set_profile(db: &Db, id: i64, display_name: &str, language: &str, timezone: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET display_name = $1, language = $2, timezone = $3 WHERE id = $4")
        .bind(display_name)
        .bind(language)
        .bind(timezone)
        .bind(id)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Moves the account to a confirmed new address. `false` if another account took it meanwhile.
pub async fn set_email(db: &Db, id: i64, email: &str, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    if id_by_email(&mut **tx, email).await?.is_some_and(|other| other != id) {
        return Ok(false);
    }
    sqlx::query("UPDATE users SET email = $1, email_verified_at = $2 WHERE id = $3")
        .bind(email)
        .bind(now)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// Makes the account an editor of the organisation `slug`; `false` if there is no such one.
pub async fn grant_editor(db: &Db, user_id: i64, slug: &str, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO organisation_editors (user_id, organisation_id, granted_at) \
         SELECT $1, id, $2 FROM organisations WHERE slug = $3 ON CONFLICT (user_id, organisation_id) DO NOTHING",
    )
    .bind(user_id)
    .bind(now)
    .bind(slug)
    .execute(db.writer())
    .await?;
    if done.rows_affected() == 1 {
        return Ok(true);
    }
    let (known,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisations WHERE slug = $1").bind(slug).fetch_one(&db.pool).await?;
    Ok(known > 0)
}

pub async fn revoke_editor(db: &Db, user_id: i64, slug: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM organisation_editors WHERE user_id = $1 AND organisation_id IN (SELECT id FROM organisations WHERE slug = $2)")
        .bind(user_id)
        .bind(slug)
        .execute(db.writer())
        .await?;
    Ok(())
}
