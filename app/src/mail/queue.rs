//! The outgoing mail queue (`mail_queue`).
use crate::db::{Backend, Db};
use sqlx::{Any, Transaction};

/// A mail ready to send: both bodies are complete, in the recipient's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: String,
    /// The language the mail is written in (`Content-Language`).
    pub language: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// An iCalendar file to attach (`invite.ics`); empty for none.
    pub calendar: String,
}

/// A mail this worker holds until `mark_sent` or `mark_failed`, or until its lease runs out.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: i64,
    pub attempts: i64,
    pub mail: OutgoingMail,
}

/// After this many failed attempts a mail is given up (and stays in the table, with its error).
pub const MAX_ATTEMPTS: i64 = 8;

pub async fn enqueue(tx: &mut Transaction<'static, Any>, mail: &OutgoingMail, now: i64) -> Result<i64, sqlx::Error> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO mail_queue (recipient, language, subject, text_body, html_body, calendar, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $7, $6, $6) RETURNING id",
    )
    .bind(&mail.to)
    .bind(&mail.language)
    .bind(&mail.subject)
    .bind(&mail.text)
    .bind(&mail.html)
    .bind(now)
    .bind(&mail.calendar)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// Takes up to `limit` due mails for `worker` for `lease` seconds. Two workers never hold the
/// same mail: on PostgreSQL the rows are locked and skipped by others (`SKIP LOCKED`), and the
/// outer condition is checked again on the locked row; on SQLite the write lock serialises claims.
pub async fn claim(db: &Db, worker: &str, now: i64, lease: i64, limit: i64) -> Result<Vec<Claimed>, sqlx::Error> {
    let lock = match db.backend {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE mail_queue SET claimed_by = $1, claimed_until = $2 \
         WHERE id IN (SELECT id FROM mail_queue WHERE sent_at IS NULL AND attempts < $5 \
                      AND next_attempt_at <= $3 AND (claimed_until IS NULL OR claimed_until < $3) \
                      ORDER BY id LIMIT $4 {lock}) \
         AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < $3) \
         RETURNING id, attempts, recipient, language, subject, text_body, html_body, calendar"
    );
    let mut tx = db.begin_bookkeeping().await?;
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        attempts: i64,
        recipient: String,
        language: String,
        subject: String,
        text_body: String,
        html_body: String,
        calendar: String,
    }
    let rows: Vec<Row> = sqlx::query_as(&sql)
        .bind(worker)
        .bind(now + lease)
        .bind(now)
        .bind(limit)
        .bind(MAX_ATTEMPTS)
        .fetch_all(&mut **tx)
        .await?;
    tx.commit().await?;
    let mut claimed: Vec<Claimed> = rows
        .into_iter()
        .map(|r| Claimed {
            id: r.id,
            attempts: r.attempts,
            mail: OutgoingMail { to: r.recipient, language: r.language, subject: r.subject, text: r.text_body, html: r.html_body, calendar: r.calendar },
        })
        .collect();
    claimed.sort_by_key(|c| c.id);
    Ok(claimed)
}

/// Records a delivery. Only the worker holding the claim can record it.
pub async fn mark_sent(db: &Db, id: i64, worker: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE mail_queue SET sent_at = $1, claimed_until = NULL, attempts = attempts + 1 \
         WHERE id = $2 AND claimed_by = $3",
    )
    .bind(now)
    .bind(id)
    .bind(worker)
    .execute(db.writer())
    .await
    .map(|_| ())
}

/// Records a failed attempt; the mail is tried again after a growing pause.
pub async fn mark_failed(db: &Db, claimed: &Claimed, worker: &str, now: i64, error: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE mail_queue SET attempts = attempts + 1, next_attempt_at = $1, claimed_until = NULL, last_error = $2 \
         WHERE id = $3 AND claimed_by = $4",
    )
    .bind(now + backoff(claimed.attempts + 1))
    .bind(error.chars().take(500).collect::<String>())
    .bind(claimed.id)
    .bind(worker)
    .execute(db.writer())
    .await
    .map(|_| ())
}

/// Seconds to wait after the `attempts`-th failure: 1 min, 2, 4 … capped at 6 hours.
pub fn backoff(attempts: i64) -> i64 {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
    (60_i64 << doublings).min(6 * 3600)
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn retries_back_off_and_are_capped() {
        assert_eq!([1, 2, 3, 4].map(backoff), [60, 120, 240, 480]);
        assert_eq!(backoff(50), 6 * 3600);
    }
}
