//! The session store on SQLite and PostgreSQL: records round-trip, expire, and carry the
//! signed-in person's id in their own column; a second instance reads the first one's sessions.

use app::accounts::sessions::{DbSessionStore, USER_KEY};
use crate::common::TestDb;
use tower_sessions::cookie::time::{Duration, OffsetDateTime};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::SessionStore;

fn record(minutes: i64) -> Record {
    Record {
        id: Id::default(),
        data: Default::default(),
        expiry_date: OffsetDateTime::now_utc() + Duration::minutes(minutes),
    }
}

async fn add_user(t: &TestDb, email: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO users (email, display_name, created_at) VALUES ($1, 'Someone', 0) RETURNING id",
    )
    .bind(email)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    id
}

#[tokio::test]
async fn sessions_round_trip_across_instances_and_expire() {
    let t = TestDb::new().await;
    let user = add_user(&t, "layla@example.org").await;
    let store = DbSessionStore::new(t.db.clone());
    let other = DbSessionStore::new(t.another_instance().await);

    let mut live = record(30);
    live.data.insert("note".into(), serde_json::json!("صباح الخير"));
    store.create(&mut live).await.unwrap();
    let loaded = other.load(&live.id).await.unwrap().expect("the other instance reads it");
    assert_eq!(loaded.data, live.data);
    assert_eq!(loaded.expiry_date.unix_timestamp(), live.expiry_date.unix_timestamp());

    // Signing in is a save with the person's id, mirrored in the user_id column.
    live.data.insert(USER_KEY.into(), serde_json::json!(user));
    other.save(&live).await.unwrap();
    let (owner,): (Option<i64>,) = sqlx::query_as("SELECT user_id FROM sessions WHERE id = $1")
        .bind(app::accounts::sessions::stored_id(&live.id))
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(owner, Some(user));
    // The table holds no id a browser could send: only their hashes.
    let (clear,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions WHERE id = $1")
        .bind(live.id.to_string())
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(clear, 0, "a session id is stored in clear");

    let mut expired = record(-1);
    store.create(&mut expired).await.unwrap();
    assert!(store.load(&expired.id).await.unwrap().is_none(), "an expired session is not served");
    assert_eq!(store.delete_expired().await.unwrap(), 1);

    store.delete(&live.id).await.unwrap();
    assert!(other.load(&live.id).await.unwrap().is_none());
    t.finish().await;
}

#[tokio::test]
async fn creating_never_overwrites_an_existing_session() {
    let t = TestDb::new().await;
    let store = DbSessionStore::new(t.db.clone());
    let mut first = record(30);
    first.data.insert("who".into(), serde_json::json!("first"));
    store.create(&mut first).await.unwrap();
    let mut second = record(30);
    second.id = first.id;
    store.create(&mut second).await.unwrap();
    assert_ne!(second.id, first.id, "a colliding id is replaced");
    let kept = store.load(&first.id).await.unwrap().unwrap();
    assert_eq!(kept.data.get("who"), Some(&serde_json::json!("first")));
    t.finish().await;
}

#[tokio::test]
async fn deleting_a_person_ends_their_sessions() {
    let t = TestDb::new().await;
    let user = add_user(&t, "someone@example.org").await;
    let store = DbSessionStore::new(t.db.clone());
    let mut session = record(30);
    session.data.insert(USER_KEY.into(), serde_json::json!(user));
    store.create(&mut session).await.unwrap();
    sqlx::query("DELETE FROM users WHERE id = $1").bind(user).execute(&t.db.pool).await.unwrap();
    assert!(store.load(&session.id).await.unwrap().is_none());
    t.finish().await;
}
