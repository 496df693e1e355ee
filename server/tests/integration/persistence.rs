//! The database layer on SQLite and PostgreSQL: migrations, concurrent writes, seeding.
use crate::common;

use app::organisations::queries::{insert_organisation, NewOrganisation, WriteError};
use app::organisations::{OrganisationKind, Theme};
use crate::common::TestDb;

fn organisation(n: usize) -> NewOrganisation {
    NewOrganisation {
        slug: format!("concurrent-{n}"),
        kind: OrganisationKind::Chapter,
        country: "FR".into(),
        city: "Lyon".into(),
        website: String::new(),
        contact_email: String::new(),
        languages: vec!["fr".into()],
        original_language: "fr".into(),
        verified: false,
        featured: false,
        themes: vec![Theme::Peace],
        texts: vec![("fr".into(), format!("Antenne {n}"), "Une antenne locale.".into())],
    }
}

#[tokio::test]
async fn migrations_run_twice_without_change() {
    let t = TestDb::new().await;
    let before = schema(&t).await;
    assert!(before.iter().any(|line| line.contains("organisations")), "a schema to compare: {before:?}");
    t.db.migrate().await.expect("second migration run is a no-op");
    assert_eq!(schema(&t).await, before, "a second run changed the schema or the migrations applied");
    t.finish().await;
}

/// Every table, column and index, and the migrations applied, one line each.
async fn schema(t: &TestDb) -> Vec<String> {
    let sql = match t.backend() {
        app::db::Backend::Sqlite => "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name",
        app::db::Backend::Postgres => {
            "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns \
             WHERE table_schema = 'public' UNION ALL SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes \
             WHERE schemaname = 'public' ORDER BY 1"
        }
    };
    let mut lines: Vec<String> = sqlx::query_as::<_, (String,)>(sql).fetch_all(&t.db.pool).await.unwrap().into_iter().map(|(l,)| l).collect();
    let applied: Vec<(i64, String)> =
        sqlx::query_as("SELECT version, description FROM _sqlx_migrations ORDER BY version").fetch_all(&t.db.pool).await.unwrap();
    lines.extend(applied.into_iter().map(|(v, d)| format!("migration {v} {d}")));
    lines
}

#[tokio::test]
async fn concurrent_writers_all_succeed() {
    let t = TestDb::new().await;
    let writers = (0..40).map(|n| {
        let db = t.db.clone();
        tokio::spawn(async move {
            let mut tx = db.begin_write().await?;
            // Read then write: the pattern that fails with "database is locked" on a deferred
            // SQLite transaction when another writer commits in between.
            let (_count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisations").fetch_one(&mut **tx).await?;
            insert_organisation(&mut tx, &organisation(n), 0).await.map_err(|e| match e {
                app::organisations::queries::WriteError::Database(e) => e,
                other => sqlx::Error::Protocol(other.to_string()),
            })?;
            tx.commit().await
        })
    });
    let results = futures::future::join_all(writers).await;
    let failures: Vec<String> = results
        .into_iter()
        .filter_map(|r| match r {
            Ok(Ok(())) => None,
            Ok(Err(e)) => Some(e.to_string()),
            Err(e) => Some(e.to_string()),
        })
        .collect();
    assert!(failures.is_empty(), "{failures:?}");
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisations").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(count, 40);
    t.finish().await;
}

/// A single-statement write (here a rate-limit count, as every log-in makes) while a write
/// transaction is held for longer than SQLite's busy timeout (5 s): it waits its turn for the
/// writer and succeeds, where against the file lock it failed with "database is locked".
#[tokio::test]
async fn a_single_write_waits_for_a_long_transaction_instead_of_failing() {
    use app::accounts::limits::{self, Decision, Limit};
    let t = TestDb::new().await;
    let mut tx = t.db.begin_write().await.unwrap();
    sqlx::query("UPDATE cache_revisions SET revision = revision + 1 WHERE scope = 'directory'")
        .execute(&mut **tx)
        .await
        .unwrap();
    let db = t.db.clone();
    let count = tokio::spawn(async move {
        limits::hit(&db, "log-in:layla@example.org", Limit { hits: 5, window: 60 }, 6_000).await
    });
    tokio::time::sleep(std::time::Duration::from_millis(5_500)).await;
    tx.commit().await.unwrap();
    assert_eq!(count.await.unwrap().expect("the write waited and succeeded"), Decision::Allowed);
    t.finish().await;
}

#[tokio::test]
async fn a_failed_write_leaves_nothing_behind() {
    let t = TestDb::new().await;
    let mut tx = t.db.begin_write().await.unwrap();
    insert_organisation(&mut tx, &organisation(1), 0).await.unwrap();
    // The same slug again violates the unique constraint: the whole transaction is abandoned.
    match insert_organisation(&mut tx, &organisation(1), 0).await {
        Err(WriteError::Database(sqlx::Error::Database(e))) => assert!(e.is_unique_violation(), "{e}"),
        other => panic!("expected a unique violation, got {other:?}"),
    }
    drop(tx);
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisations").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(count, 0);
    t.finish().await;
}

#[tokio::test]
async fn texts_without_the_original_language_are_refused() {
    let t = TestDb::new().await;
    let mut org = organisation(2);
    org.original_language = "ar".into();
    let mut tx = t.db.begin_write().await.unwrap();
    match insert_organisation(&mut tx, &org, 0).await {
        Err(WriteError::MissingOriginalText(language)) => assert_eq!(language, "ar"),
        other => panic!("expected the missing original text, got {other:?}"),
    }
    t.finish().await;
}

#[tokio::test]
async fn demo_data_loads_once() {
    let t = TestDb::with_demo().await;
    tadamun::seed::demo::load(&t.db).await.expect("second load is skipped");
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisations").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(count, 25);
    t.finish().await;
}

/// Several instances started with the demo on at once: one loads it, the others find it loaded
/// and start too, and it is there whole (the directory and its events, one transaction).
#[tokio::test]
async fn instances_starting_together_load_the_demo_once_and_all_start() {
    let t = TestDb::new().await;
    let other = t.another_instance().await;
    let (first, second) = tokio::join!(tadamun::seed::demo::load(&t.db), tadamun::seed::demo::load(&other));
    first.expect("the first instance starts");
    second.expect("the second instance starts");
    let (organisations,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisations").fetch_one(&t.db.pool).await.unwrap();
    let (events,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM events").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!((organisations, events), (25, 14));
    other.pool.close().await;
    t.finish().await;
}

#[tokio::test]
async fn synthetic_data_is_varied_and_adds_up() {
    let t = TestDb::new().await;
    tadamun::seed::synthetic::load(&t.db, 600, 7).await.expect("first batch");
    tadamun::seed::synthetic::load(&t.db, 100, 8).await.expect("second batch continues the numbering");
    let (count, countries, kinds): (i64, i64, i64) =
        sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT country), COUNT(DISTINCT kind) FROM organisations")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(count, 700);
    assert!(countries > 50, "{countries} countries");
    assert_eq!(kinds, 5);
    let (arabic,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisation_texts WHERE language = 'ar'")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(arabic > 300, "{arabic} Arabic texts");
    let (members,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisation_relations").fetch_one(&t.db.pool).await.unwrap();
    assert!(members > 100, "{members} memberships");
    t.finish().await;
}

#[tokio::test]
async fn tests_run_on_the_database_the_environment_names() {
    let t = TestDb::new().await;
    let wanted = match std::env::var("TEST_DATABASE_URL") {
        Ok(url) if url.starts_with("postgres") => app::db::Backend::Postgres,
        _ => app::db::Backend::Sqlite,
    };
    assert_eq!(t.backend(), wanted);
    t.finish().await;
}

#[tokio::test]
async fn two_instances_migrate_at_once_and_serve_the_same_directory() {
    let t = TestDb::new().await;
    let other = t.another_instance().await;
    let (a, b) = tokio::join!(t.db.migrate(), other.migrate());
    a.expect("first instance migrates");
    b.expect("second instance migrates");
    // A write through one instance is read through the other.
    tadamun::seed::demo::load(&t.db).await.expect("demo through the first instance");
    let page = common::get(&common::router_for(other.clone()), "/organisations/ras-al-auja").await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Ras al-Auja community"));
    other.pool.close().await;
    t.finish().await;
}

#[tokio::test]
async fn kept_pages_follow_writes_made_by_another_instance() {
    let t = TestDb::with_demo().await;
    let first = common::router_for(t.db.clone());
    let other = t.another_instance().await;
    // Read everything the directory keeps in memory, twice, so it is served from memory.
    for _ in 0..2 {
        for uri in ["/", "/organisations", "/organisations?country=FR", "/organisations/ccivs"] {
            assert_eq!(common::get(&first, uri).await.status, 200, "{uri}");
        }
    }
    assert!(!common::get(&first, "/organisations?country=FR").await.text().contains("Antenne 7"));
    assert!(common::get(&first, "/").await.text().contains("25 organisations"));

    let mut tx = other.begin_write().await.unwrap();
    insert_organisation(&mut tx, &organisation(7), 0).await.unwrap();
    app::organisations::queries::add_relation(&mut tx, "concurrent-7", app::organisations::Relation::MemberOf, "ccivs")
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let after = common::get(&first, "/organisations?country=FR").await.text();
    assert!(after.contains("Antenne 7"), "the filtered page shows the other instance's write");
    assert!(common::get(&first, "/organisations/ccivs").await.text().contains("Antenne 7"), "the network lists its new member");
    assert!(common::get(&first, "/").await.text().contains("26 organisations"), "the home page counts it");
    other.pool.close().await;
    t.finish().await;
}

/// A stored code that no enum value has (bad data, or a newer version's value) fails the read
/// loudly; it used to become a default ("meeting", "scheduled") without a word.
#[tokio::test]
async fn a_code_no_enum_knows_fails_the_read_instead_of_becoming_a_default() {
    let t = TestDb::with_demo().await;
    let slug = crate::common::events::SMALL_MEETING;
    sqlx::query("UPDATE events SET kind = 'party' WHERE slug = $1").bind(slug).execute(&t.db.pool).await.unwrap();
    match app::events::queries::load_event(&t.db, slug).await {
        Err(sqlx::Error::ColumnDecode { index, source }) => {
            assert!(index.contains("kind"), "{index}");
            assert_eq!(source.to_string(), "\"party\" is not a EventKind", "the log says what is wrong");
        }
        other => panic!("expected a decoding error, got {:?}", other.map(|e| e.map(|(_, e)| e.kind))),
    }
    t.finish().await;
}
