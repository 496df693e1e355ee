//! Sessions in the database (tower-sessions, with this store over our pool), so every instance
//! sees every session. The signed-in person's id is copied into its own column, which is how
//! "log out my other sessions" and deleting an account find a person's sessions.
//!
//! A row is keyed by the SHA-256 of the session id, never the id itself: whoever reads the
//! table (a backup, a leaked dump) cannot use it to be someone. The id is 128 random bits, so
//! a plain hash is enough (nothing to guess from).
use crate::db::Db;
use tower_sessions::cookie::time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

/// The session key holding the signed-in person's id.
pub const USER_KEY: &str = "user_id";

#[derive(Clone)]
pub struct DbSessionStore {
    db: Db,
}

impl std::fmt::Debug for DbSessionStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbSessionStore")
    }
}

impl DbSessionStore {
    pub fn new(db: Db) -> Self {
        DbSessionStore { db }
    }

    /// Removes sessions that expired; run now and then, as nothing reads them any more.
    pub async fn delete_expired(&self) -> Result<u64, sqlx::Error> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(OffsetDateTime::now_utc().unix_timestamp())
            .execute(self.db.writer())
            .await?;
        Ok(done.rows_affected())
    }
}

impl DbSessionStore {
    /// Inserts the record; `on_conflict` says what to do if its id exists. Returns rows written.
    async fn write(&self, record: &Record, on_conflict: &str) -> session_store::Result<u64> {
        let data = serde_json::to_string(&record.data).map_err(|e| session_store::Error::Encode(e.to_string()))?;
        let done = sqlx::query(&format!(
            "INSERT INTO sessions (id, user_id, data, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) {on_conflict}"
        ))
        .bind(stored_id(&record.id))
        .bind(user_of(record))
        .bind(&data)
        .bind(record.expiry_date.unix_timestamp())
        .execute(self.db.writer())
        .await
        .map_err(backend)?;
        Ok(done.rows_affected())
    }
}

/// What the `id` column holds for a session id: its SHA-256, in hex.
pub fn stored_id(id: &Id) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(id.to_string().as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

#[allow(clippy::needless_pass_by_value)] // `map_err(backend)`
fn backend(e: sqlx::Error) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

fn user_of(record: &Record) -> Option<i64> {
    record.data.get(USER_KEY).and_then(|v| v.as_i64())
}

#[async_trait::async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // Ids are 128 random bits; a collision is astronomically unlikely, but never overwrite.
        while self.write(record, "DO NOTHING").await? == 0 {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.write(record, "DO UPDATE SET user_id = excluded.user_id, data = excluded.data, expires_at = excluded.expires_at")
            .await
            .map(|_| ())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let row: Option<(String, i64)> =
            sqlx::query_as("SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2")
                .bind(stored_id(id))
                .bind(OffsetDateTime::now_utc().unix_timestamp())
                .fetch_optional(&self.db.pool)
                .await
                .map_err(backend)?;
        let Some((data, expires_at)) = row else {
            return Ok(None);
        };
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data).map_err(|e| session_store::Error::Decode(e.to_string()))?,
            expiry_date: OffsetDateTime::from_unix_timestamp(expires_at)
                .map_err(|e| session_store::Error::Decode(e.to_string()))?,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id = $1")
            .bind(stored_id(id))
            .execute(self.db.writer())
            .await
            .map_err(backend)?;
        Ok(())
    }
}
