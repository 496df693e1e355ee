//! Actions in the database, on SQLite and PostgreSQL: the demo's letters and statement, and
//! what `insert_action` refuses (writing nothing).
use crate::common::TestDb;
use app::actions::queries::{insert_action, ActionWriteError, NewAction};
use app::actions::{ActionKind, ActionStatus, ActionText, ReportedCount, Signatories};

#[tokio::test]
async fn the_demo_holds_the_letters_and_the_statement_in_english_and_arabic() {
    let t = TestDb::with_demo().await;
    let pool = &t.db.pool;
    let rows: Vec<(String, String, String, String, String)> =
        sqlx::query_as("SELECT slug, kind, status, signatories, adopted_on FROM actions ORDER BY slug").fetch_all(pool).await.unwrap();
    let expected = [
        ("ccivs-ceasefire-statement", "statement", "open", "both", "2023-11"),
        ("icsgp-initial-letter", "sign_on_letter", "closed", "organisations", ""),
        ("icsgp-letter-against-starvation", "sign_on_letter", "open", "organisations", ""),
    ];
    let expected: Vec<(String, String, String, String, String)> = expected
        .iter()
        .map(|(a, b, c, d, e)| (a.to_string(), b.to_string(), c.to_string(), d.to_string(), e.to_string()))
        .collect();
    assert_eq!(rows, expected);
    let (described,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM action_texts WHERE language = 'ar' AND summary <> '' AND body <> ''")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(described, 3, "every action in Arabic");
    // Names are the directory's, in the text's language.
    let (summary,): (String,) = sqlx::query_as(
        "SELECT t.summary FROM action_texts t JOIN actions a ON a.id = t.action_id WHERE a.slug = 'icsgp-initial-letter' AND t.language = 'ar'",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert!(summary.contains("التحالف الدولي لوقف الإبادة الجماعية في فلسطين") && !summary.contains('{'), "{summary}");
    let reported: Vec<(i64, i64, i64, String)> =
        sqlx::query_as("SELECT signatures, organisations, countries, wording FROM action_reported_counts").fetch_all(pool).await.unwrap();
    assert_eq!(reported.len(), 1);
    assert_eq!((reported[0].0, reported[0].1, reported[0].2), (2000, 2000, 120));
    assert!(reported[0].3.contains("2,000 organizations from over 120 countries"));
    let organisers: Vec<(String, String)> = sqlx::query_as(
        "SELECT a.slug, o.slug FROM action_organisers ao JOIN actions a ON a.id = ao.action_id \
         JOIN organisations o ON o.id = ao.organisation_id ORDER BY a.slug",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let organisers: Vec<(&str, &str)> = organisers.iter().map(|(a, o)| (a.as_str(), o.as_str())).collect();
    assert_eq!(organisers, [("ccivs-ceasefire-statement", "ccivs"), ("icsgp-initial-letter", "icsgp"), ("icsgp-letter-against-starvation", "icsgp")]);
    let (revision,): (i64,) = sqlx::query_as("SELECT revision FROM cache_revisions WHERE scope = 'actions'").fetch_one(pool).await.unwrap();
    assert!(revision > 0, "writing actions tells the caches");
    t.finish().await;
}

fn letter() -> NewAction {
    NewAction {
        slug: "a-test-letter".into(),
        kind: ActionKind::SignOnLetter,
        status: ActionStatus::Open,
        signatories: Signatories::Both,
        opens_at: Some(100),
        closes_at: Some(200),
        timezone: "Asia/Hebron".into(),
        goal: Some(500),
        adopted_on: String::new(),
        original_language: "en".into(),
        texts: vec![ActionText { language: "en".into(), title: "A test letter".into(), ..ActionText::default() }],
        organisers: vec!["ipyl".into()],
        events: vec!["palestine-study-visit-2022".into()],
        themes: vec![app::organisations::Theme::Youth],
        reported: vec![ReportedCount { signatures: 10, language: "en".into(), ..ReportedCount::default() }],
    }
}

fn variant(error: &ActionWriteError) -> &'static str {
    match error {
        ActionWriteError::MissingOriginalText(_) => "missing-original-text",
        ActionWriteError::ClosesBeforeOpens => "closes-before-opens",
        ActionWriteError::UnknownTimezone(_) => "unknown-timezone",
        ActionWriteError::NotADate(_) => "not-a-date",
        ActionWriteError::Negative => "negative",
        ActionWriteError::UnknownOrganiser(_) => "unknown-organiser",
        ActionWriteError::UnknownEvent(_) => "unknown-event",
        ActionWriteError::Database(_) => "database",
    }
}

async fn counts(t: &TestDb) -> Vec<i64> {
    let mut out = Vec::new();
    for table in ["actions", "action_texts", "action_organisers", "action_events", "action_themes", "action_reported_counts"] {
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&t.db.pool).await.unwrap();
        out.push(n);
    }
    out
}

#[tokio::test]
async fn an_action_that_does_not_hold_together_is_refused_and_nothing_is_written() {
    let t = TestDb::with_demo().await;
    let before = counts(&t).await;
    let with = |change: fn(&mut NewAction)| {
        let mut action = letter();
        change(&mut action);
        action
    };
    let cases: [(NewAction, &str); 9] = [
        (with(|a| a.original_language = "fr".into()), "missing-original-text"),
        (with(|a| a.closes_at = Some(50)), "closes-before-opens"),
        (with(|a| a.timezone = "Mars/Olympus".into()), "unknown-timezone"),
        (with(|a| a.adopted_on = "2023-13".into()), "not-a-date"),
        (with(|a| a.goal = Some(-1)), "negative"),
        (with(|a| a.reported[0].countries = -3), "negative"),
        (with(|a| a.organisers.push("nobody".into())), "unknown-organiser"),
        (with(|a| a.events = vec!["no-such-event".into()]), "unknown-event"),
        (with(|a| a.slug = "icsgp-initial-letter".into()), "database"),
    ];
    for (action, expected) in cases {
        let mut tx = t.db.begin_write().await.unwrap();
        let refused = insert_action(&mut tx, &action, 0).await.expect_err(expected);
        assert_eq!(variant(&refused), expected, "{refused}");
        drop(tx);
        assert_eq!(counts(&t).await, before, "{expected}: nothing written");
    }
    // The same action, whole, is written with everything it holds.
    let mut tx = t.db.begin_write().await.unwrap();
    insert_action(&mut tx, &letter(), 0).await.unwrap();
    tx.commit().await.unwrap();
    let after: Vec<i64> = counts(&t).await.iter().zip(&before).map(|(a, b)| a - b).collect();
    assert_eq!(after, [1, 1, 1, 1, 1, 1]);
    t.finish().await;
}
