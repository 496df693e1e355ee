//! Rate limits shared by every instance: a counter per key and fixed time window, kept in the
//! database and bumped with one upsert, so two instances cannot both let the sixth try through.
//! (A fixed window may allow up to twice the limit across a window's edge; the limits are set
//! with that in mind.) Limits slow guessing down; they never lock an account.
use crate::db::Db;

/// A limit: at most `hits` per `window` seconds for one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub hits: i64,
    pub window: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allowed,
    /// Refused; the key may try again after this many seconds.
    Refused { retry_after: i64 },
}

/// Counts one attempt under `key` (e.g. "log-in:account:layla@example.org") and says whether
/// it is within `limit`.
pub async fn hit(db: &Db, key: &str, limit: Limit, now: i64) -> Result<Decision, sqlx::Error> {
    let window_start = now - now.rem_euclid(limit.window);
    let (hits,): (i64,) = sqlx::query_as(
        "INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, $2, 1) \
         ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1 \
         RETURNING hits",
    )
    .bind(key)
    .bind(window_start)
    .fetch_one(db.writer())
    .await?;
    Ok(if hits <= limit.hits {
        Decision::Allowed
    } else {
        Decision::Refused { retry_after: window_start + limit.window - now }
    })
}

/// Whether `key` is still within `limit`, without counting an attempt: for limits that count
/// only failures (`hit` after one). Requests racing each other may each pass before any of them
/// counts; they can add a few attempts, never many.
pub async fn check(db: &Db, key: &str, limit: Limit, now: i64) -> Result<Decision, sqlx::Error> {
    let window_start = now - now.rem_euclid(limit.window);
    let hits: Option<(i64,)> = sqlx::query_as("SELECT hits FROM rate_limits WHERE key = $1 AND window_start = $2")
        .bind(key)
        .bind(window_start)
        .fetch_optional(&db.pool)
        .await?;
    Ok(if hits.map_or(0, |(h,)| h) < limit.hits {
        Decision::Allowed
    } else {
        Decision::Refused { retry_after: window_start + limit.window - now }
    })
}

/// Forgets windows that ended more than a day ago.
pub async fn sweep(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
        .bind(now - 86_400)
        .execute(db.writer())
        .await?;
    Ok(done.rows_affected())
}
