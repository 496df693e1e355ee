//! "My data": everything held about a person, as JSON; and deleting their account, after which
//! nothing personal is left (server/tests/my_data.rs scans every column of every table).
use crate::db::Db;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Export {
    pub exported_at: i64,
    pub account: ExportedAccount,
    pub roles: Vec<String>,
    /// Slugs of the organisations whose profile the person edits.
    pub organisations_edited: Vec<String>,
    /// Open sessions (devices), by when each ends.
    pub sessions: Vec<ExportedSession>,
    /// One-time links mailed to the person (the links themselves are not kept).
    pub links: Vec<ExportedLink>,
    pub mails: Vec<ExportedMail>,
    /// Events registered for: "slug: status".
    pub rsvps: Vec<String>,
    /// Filled in once sign-on letters exist.
    pub signatures: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ExportedAccount {
    pub email: String,
    pub display_name: String,
    pub language: String,
    pub timezone: String,
    pub created_at: i64,
    pub email_verified_at: Option<i64>,
    /// When two-factor authentication was turned on (the key itself is not exported: a file
    /// left on a shared computer must not be a second factor).
    pub two_factor_enabled_at: Option<i64>,
    pub has_password: bool,
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct ExportedSession {
    pub expires_at: i64,
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct ExportedLink {
    pub purpose: String,
    pub email: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct ExportedMail {
    pub subject: String,
    pub language: String,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

pub async fn export(db: &Db, user_id: i64, now: i64) -> Result<Option<Export>, sqlx::Error> {
    type AccountRow = (String, String, String, String, i64, Option<i64>, Option<i64>, String);
    let row: Option<AccountRow> = sqlx::query_as(
        "SELECT email, display_name, language, timezone, created_at, email_verified_at, totp_enabled_at, password_hash \
         FROM users WHERE id = $1",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?;
    let account = row.map(|(email, display_name, language, timezone, created_at, email_verified_at, two_factor_enabled_at, hash)| {
        ExportedAccount {
            email,
            display_name,
            language,
            timezone,
            created_at,
            email_verified_at,
            two_factor_enabled_at,
            has_password: !hash.is_empty(),
        }
    });
    let Some(account) = account else { return Ok(None) };
    let roles: Vec<(String,)> = sqlx::query_as("SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role")
        .bind(user_id)
        .fetch_all(&db.pool)
        .await?;
    let edited: Vec<(String,)> = sqlx::query_as(
        "SELECT o.slug FROM organisation_editors e JOIN organisations o ON o.id = e.organisation_id WHERE e.user_id = $1 ORDER BY o.slug",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?;
    let sessions = sqlx::query_as("SELECT expires_at FROM sessions WHERE user_id = $1 AND expires_at > $2 ORDER BY expires_at")
        .bind(user_id)
        .bind(now)
        .fetch_all(&db.pool)
        .await?;
    let links = sqlx::query_as(
        "SELECT purpose, email, created_at, expires_at, used_at FROM account_tokens WHERE user_id = $1 ORDER BY created_at",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?;
    let mails = sqlx::query_as("SELECT subject, language, created_at, sent_at FROM mail_queue WHERE recipient = $1 ORDER BY id")
        .bind(&account.email)
        .fetch_all(&db.pool)
        .await?;
    let rsvps: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT e.slug, r.status, r.interpretation FROM rsvps r JOIN events e ON e.id = r.event_id \
         WHERE r.user_id = $1 OR r.email = $2 ORDER BY r.id",
    )
    .bind(user_id)
    .bind(&account.email)
    .fetch_all(&db.pool)
    .await?;
    Ok(Some(Export {
        exported_at: now,
        account,
        roles: roles.into_iter().map(|(r,)| r).collect(),
        organisations_edited: edited.into_iter().map(|(s,)| s).collect(),
        sessions,
        links,
        mails,
        rsvps: rsvps
            .into_iter()
            .map(|(slug, status, interpretation)| {
                if interpretation.is_empty() { format!("{slug}: {status}") } else { format!("{slug}: {status}, interpretation {interpretation}") }
            })
            .collect(),
        signatures: Vec::new(),
    }))
}

/// Deletes the account and everything that names the person, in one transaction. RSVPs are
/// kept without the person (no address, no name, no links), so an event's counts stay right.
pub async fn delete(db: &Db, user_id: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let email: Option<(String,)> = sqlx::query_as("SELECT email FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&mut **tx)
        .await?;
    let Some((email,)) = email else { return Ok(()) };
    sqlx::query("DELETE FROM mail_queue WHERE recipient = $1").bind(&email).execute(&mut **tx).await?;
    // Limits are counted under keys that hold the address (`log-in:layla@example.org`,
    // `log-in:layla@example.org:203.0.113.7`, `mail-link:layla@example.org`).
    sqlx::query("DELETE FROM rsvp_links WHERE rsvp_id IN (SELECT id FROM rsvps WHERE user_id = $1 OR email = $2)")
        .bind(user_id)
        .bind(&email)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "UPDATE rsvps SET user_id = NULL, name = '', email = 'deleted-' || CAST(id AS TEXT) || '@invalid' \
         WHERE user_id = $1 OR email = $2",
    )
    .bind(user_id)
    .bind(&email)
    .execute(&mut **tx)
    .await?;
    for prefix in [format!("log-in:{email}"), format!("mail-link:{email}"), format!("rsvp:{email}")] {
        sqlx::query("DELETE FROM rate_limits WHERE key = $1 OR SUBSTR(key, 1, CAST($2 AS INTEGER)) = $3")
            .bind(&prefix)
            .bind(prefix.chars().count() as i64 + 1)
            .bind(format!("{prefix}:"))
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("DELETE FROM account_tokens WHERE user_id = $1 OR email = $2")
        .bind(user_id)
        .bind(&email)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut **tx).await?;
    // Roles, editorships and recovery codes go with the row (ON DELETE CASCADE).
    sqlx::query("DELETE FROM users WHERE id = $1").bind(user_id).execute(&mut **tx).await?;
    tx.commit().await
}
