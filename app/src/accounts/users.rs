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
