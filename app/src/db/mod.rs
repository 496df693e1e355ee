//! One pool, SQLite or PostgreSQL, chosen by the database URL.
//!
//! Queries are written once, with `$1, $2` placeholders (which both backends accept through
//! `sqlx::Any`) and only portable column types: BIGINT/INTEGER, TEXT. Booleans are stored as
//! 0/1 integers for the same reason.
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Executor};
use std::future::Future;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

mod cache;
mod filter;
pub use cache::{ReadCache, Scope};
pub use filter::{Arg, Where};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub struct Db {
    pub pool: AnyPool,
    /// Where write transactions run. On SQLite, one connection: writers queue for it in
    /// order instead of colliding on the file lock and sleeping in SQLite's busy handler
    /// (which made the slowest RSVPs wait hundreds of milliseconds under load). On
    /// PostgreSQL, the same pool as reads.
    writer: AnyPool,
    pub backend: Backend,
    /// This instance's kept reads of this database (see `cache`).
    cache: Arc<ReadCache>,
    /// How many write transactions this instance has committed: what was rendered before the
    /// count moved may be out of date (`server::page_cache`).
    commits: Arc<AtomicU64>,
}

/// A write transaction (`Db::begin_write`): a `sqlx::Transaction` that counts its commit.
pub struct WriteTx {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    /// None for bookkeeping no page shows (`Db::begin_bookkeeping`).
    commits: Option<Arc<AtomicU64>>,
}

impl WriteTx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await?;
        if let Some(commits) = self.commits {
            commits.fetch_add(1, Ordering::SeqCst);
        }
        Ok(())
    }
}

impl std::ops::Deref for WriteTx {
    type Target = sqlx::Transaction<'static, sqlx::Any>;
    fn deref(&self) -> &Self::Target {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.tx
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database URL (use sqlite:PATH or postgres://…): {0}")]
    UnsupportedUrl(String),
    #[error("cannot create the directory for the database file {0}: {1}")]
    Directory(String, std::io::Error),
    #[error("cannot open the database: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(#[source] sqlx::migrate::MigrateError),
}

impl Db {
    /// Opens (and for SQLite, creates) the database. Does not migrate.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db, DbError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(DbError::UnsupportedUrl(url.to_string()));
        };
        let url = match backend {
            Backend::Sqlite => sqlite_url_with_create(url)?,
            Backend::Postgres => url.to_string(),
        };
        let options = AnyConnectOptions::from_str(&url).map_err(DbError::Connect)?;
        let pool = Self::pool(backend, max_connections, options.clone()).await?;
        let writer = match backend {
            Backend::Sqlite => Self::pool(backend, 1, options).await?,
            Backend::Postgres => pool.clone(),
        };
        Ok(Db { pool, writer, backend, cache: Arc::default(), commits: Arc::default() })
    }

    async fn pool(backend: Backend, max_connections: u32, options: AnyConnectOptions) -> Result<AnyPool, DbError> {
        AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers run beside the writer; FULL makes every committed
                        // write survive a power cut; the busy timeout covers checkpoints.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(DbError::Connect)
    }

    pub async fn migrate(&self) -> Result<(), DbError> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await.map_err(DbError::Migrate)
    }

    /// Begins a transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`): a deferred transaction that reads and then writes fails with
    /// "database is locked" when another writer got there first, and retrying cannot fix it.
    pub async fn begin_write(&self) -> Result<WriteTx, sqlx::Error> {
        Ok(WriteTx { tx: self.begin().await?, commits: Some(self.commits.clone()) })
    }

    /// A write that adds to a tally every reader sees but may see a moment late (a signature
    /// adds one to a letter's count): it leaves `commits` as it is, so a letter shared widely
    /// goes on being served from kept pages while its signatures pour in, each page at most
    /// the page cache's few seconds behind (`server::page_cache`). Without it every signature
    /// emptied the cache and every reader's request rendered the page anew (bench/README.md).
    pub async fn begin_tally(&self) -> Result<WriteTx, sqlx::Error> {
        Ok(WriteTx { tx: self.begin().await?, commits: None })
    }

    /// A write transaction whose commit no page shows (the mail queue's claims, every few
    /// seconds): it leaves `commits` as it is, so kept pages stay kept.
    pub async fn begin_bookkeeping(&self) -> Result<WriteTx, sqlx::Error> {
        Ok(WriteTx { tx: self.begin().await?, commits: None })
    }

    async fn begin(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.writer.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.writer.begin().await,
        }
    }

    /// How many write transactions this instance has committed (`WriteTx::commit`). Single
    /// statements on `writer()` (sessions, the mail queue, account details) are not counted:
    /// no page for readers without an account shows them.
    pub fn commits(&self) -> u64 {
        self.commits.load(Ordering::SeqCst)
    }

    /// Where a single statement that writes runs. On SQLite that is the one writer connection,
    /// so it queues behind write transactions in order instead of retrying against the file
    /// lock, where a burst of writes (a rush of RSVPs) could keep it waiting past the busy
    /// timeout and fail it with "database is locked".
    pub fn writer(&self) -> &AnyPool {
        &self.writer
    }

    /// The current revision of `scope`: how many writes to it have been committed.
    pub async fn revision(&self, scope: Scope) -> Result<i64, sqlx::Error> {
        let row: Option<(i64,)> = sqlx::query_as("SELECT revision FROM cache_revisions WHERE scope = $1")
            .bind(scope.code())
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map_or(0, |(r,)| r))
    }

    /// Every scope's revision, in a stable order: for what is made from all of them (a whole
    /// page, `server::page_cache`).
    pub async fn revisions(&self) -> Result<Vec<(String, i64)>, sqlx::Error> {
        sqlx::query_as("SELECT scope, revision FROM cache_revisions ORDER BY scope").fetch_all(&self.pool).await
    }

    /// The value of `load`, kept under `key` until the next write to `scope`. The revision is
    /// read before loading, so a write that lands during the load makes the value stale at once.
    pub async fn cached<T, E, Fut>(&self, scope: Scope, key: String, load: impl FnOnce() -> Fut) -> Result<T, E>
    where
        T: Clone + Send + Sync + 'static,
        E: From<sqlx::Error>,
        Fut: Future<Output = Result<T, E>>,
    {
        let revision = self.revision(scope).await?;
        if let Some(value) = self.cache.get::<T>(scope, &key, revision) {
            return Ok(value);
        }
        let value = load().await?;
        self.cache.put(scope, key, revision, value.clone());
        Ok(value)
    }

    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1").execute(&self.pool).await.map(|_| ())
    }
}

/// A stored code as its enum, for columns read into tuples (rows with named fields say
/// `#[sqlx(try_from = "String")]`): a code the enum does not know fails the read.
pub fn decode<T: TryFrom<String, Error = crate::UnknownCode>>(code: String) -> Result<T, sqlx::Error> {
    T::try_from(code).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// Marks every kept read of `scope` stale, on every instance, when `tx` commits.
pub async fn bump_revision(tx: &mut sqlx::Transaction<'static, sqlx::Any>, scope: Scope) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE cache_revisions SET revision = revision + 1 WHERE scope = $1")
        .bind(scope.code())
        .execute(&mut **tx)
        .await
        .map(|_| ())
}

/// `sqlite:data/tadamun.db` → `sqlite:data/tadamun.db?mode=rwc`, creating `data/` first, so a
/// fresh checkout starts without any set-up.
fn sqlite_url_with_create(url: &str) -> Result<String, DbError> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path != ":memory:" && !path.is_empty() {
        if let Some(parent) = std::path::Path::new(path).parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| DbError::Directory(parent.display().to_string(), e))?;
            }
        }
    }
    let query = if query.contains("mode=") {
        query.to_string()
    } else if query.is_empty() {
        "mode=rwc".to_string()
    } else {
        format!("{query}&mode=rwc")
    };
    Ok(format!("sqlite:{path}?{query}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_gain_create_mode() {
        let dir = std::env::temp_dir().join("tadamun-url-test");
        let url = format!("sqlite:{}/x.db", dir.display());
        assert_eq!(sqlite_url_with_create(&url).unwrap(), format!("{url}?mode=rwc"));
        assert!(dir.is_dir());
        assert_eq!(sqlite_url_with_create("sqlite::memory:").unwrap(), "sqlite::memory:?mode=rwc");
        assert_eq!(sqlite_url_with_create("sqlite:a.db?mode=ro").unwrap(), "sqlite:a.db?mode=ro");
    }
}
