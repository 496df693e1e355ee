//! One-time links sent by mail (verify an address, log in, reset a password). The link holds a
//! random 256-bit token; the database holds only its SHA-256, so a leaked table opens nothing.
//! Redeeming is one conditional update, so a token works once even if two requests race.
use crate::db::Db;
use sha2::{Digest, Sha256};
use sqlx::{Any, Transaction};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    /// Confirms a new address for an existing account (the token holds the new address).
    ChangeEmail,
    LogIn,
    ResetPassword,
}

impl Purpose {
    fn code(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify_email",
            Purpose::ChangeEmail => "change_email",
            Purpose::LogIn => "log_in",
            Purpose::ResetPassword => "reset_password",
        }
    }
}

/// Why a link did not work, to tell its holder plainly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenProblem {
    /// Never issued, mistyped, or issued for something else.
    Unknown,
    Expired,
    AlreadyUsed,
}

/// What a redeemed token was issued for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redeemed {
    pub user_id: Option<i64>,
    pub email: String,
}

/// Issues a token valid for `ttl` seconds and returns it (to put in the link).
pub async fn issue(
    tx: &mut Transaction<'static, Any>,
    purpose: Purpose,
    user_id: Option<i64>,
    email: &str,
    now: i64,
    ttl: i64,
) -> Result<String, sqlx::Error> {
    let token: String = rand::random::<[u8; 32]>().iter().map(|b| format!("{b:02x}")).collect();
    sqlx::query(
        "INSERT INTO account_tokens (token_hash, purpose, user_id, email, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(digest(&token))
    .bind(purpose.code())
    .bind(user_id)
    .bind(email)
    .bind(now)
    .bind(now + ttl)
    .execute(&mut **tx)
    .await?;
    Ok(token)
}

/// Uses up a token: it works once, before it expires, for the purpose it was issued for.
pub async fn redeem(db: &Db, purpose: Purpose, token: &str, now: i64) -> Result<Result<Redeemed, TokenProblem>, sqlx::Error> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(Err(TokenProblem::Unknown));
    }
    let hash = digest(&token.to_ascii_lowercase());
    let used: Option<(Option<i64>, String)> = sqlx::query_as(
        "UPDATE account_tokens SET used_at = $1 \
         WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 \
         RETURNING user_id, email",
    )
    .bind(now)
    .bind(&hash)
    .bind(purpose.code())
    .fetch_optional(db.writer())
    .await?;
    if let Some((user_id, email)) = used {
        return Ok(Ok(Redeemed { user_id, email }));
    }
    let state: Option<(Option<i64>, i64)> =
        sqlx::query_as("SELECT used_at, expires_at FROM account_tokens WHERE token_hash = $1 AND purpose = $2")
            .bind(&hash)
            .bind(purpose.code())
            .fetch_optional(&db.pool)
            .await?;
    Ok(Err(match state {
        None => TokenProblem::Unknown,
        Some((Some(_), _)) => TokenProblem::AlreadyUsed,
        Some((None, _)) => TokenProblem::Expired,
    }))
}

/// What a token would give, without using it up: to check what comes with it (a new password)
/// before spending it.
pub async fn peek(db: &Db, purpose: Purpose, token: &str, now: i64) -> Result<Result<Redeemed, TokenProblem>, sqlx::Error> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(Err(TokenProblem::Unknown));
    }
    let row: Option<(Option<i64>, String, Option<i64>, i64)> = sqlx::query_as(
        "SELECT user_id, email, used_at, expires_at FROM account_tokens WHERE token_hash = $1 AND purpose = $2",
    )
    .bind(digest(&token.to_ascii_lowercase()))
    .bind(purpose.code())
    .fetch_optional(&db.pool)
    .await?;
    Ok(match row {
        None => Err(TokenProblem::Unknown),
        Some((_, _, Some(_), _)) => Err(TokenProblem::AlreadyUsed),
        Some((_, _, None, expires_at)) if expires_at <= now => Err(TokenProblem::Expired),
        Some((user_id, email, None, _)) => Ok(Redeemed { user_id, email }),
    })
}

/// A row like an issued link's, naming no one and already expired: written when a link is asked
/// for an address without an account, so that answer costs the same write (and time) as a real
/// one. `sweep` removes it.
pub async fn record_decoy(tx: &mut Transaction<'static, Any>, now: i64) -> Result<(), sqlx::Error> {
    let token: String = rand::random::<[u8; 32]>().iter().map(|b| format!("{b:02x}")).collect();
    sqlx::query(
        "INSERT INTO account_tokens (token_hash, purpose, user_id, email, created_at, expires_at) \
         VALUES ($1, 'decoy', NULL, '', $2, $2)",
    )
    .bind(digest(&token))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Forgets decoys, and links that expired more than a week ago (until then, an old link is
/// told apart from a mistyped one).
pub async fn sweep(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM account_tokens WHERE purpose = 'decoy' OR expires_at < $1")
        .bind(now - 7 * 86_400)
        .execute(db.writer())
        .await?;
    Ok(done.rows_affected())
}

pub(crate) fn digest(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}
