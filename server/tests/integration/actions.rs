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

#[tokio::test]
async fn the_list_opens_with_open_actions_and_narrows_by_kind_organiser_theme_and_language() {
    use crate::common::{card_titles, get};
    let t = TestDb::with_demo().await;
    let r = t.router();
    let page = get(&r, "/actions").await;
    assert_eq!(page.status, 200);
    let titles = card_titles(&page.text());
    assert_eq!(titles.len(), 3, "{titles:?}");
    let statuses: Vec<bool> = {
        let pool = &t.db.pool;
        let mut open = Vec::new();
        for title in &titles {
            let (status,): (String,) = sqlx::query_as(
                "SELECT a.status FROM actions a JOIN action_texts t ON t.action_id = a.id WHERE t.language = 'en' AND t.title = $1",
            )
            .bind(title)
            .fetch_one(pool)
            .await
            .unwrap();
            open.push(status == "open");
        }
        open
    };
    let first_closed = statuses.iter().position(|open| !open).unwrap_or(statuses.len());
    assert!(statuses[first_closed..].iter().all(|open| !open), "open ones first: {titles:?} {statuses:?}");
    for (query, expected) in [
        ("?kind=statement", 1),
        ("?kind=sign_on_letter", 2),
        ("?organiser=icsgp", 2),
        ("?organiser=ccivs&kind=sign_on_letter", 0),
        ("?language=ar", 3),
        ("?kind=nonsense", 3),
    ] {
        let titles = card_titles(&get(&r, &format!("/actions{query}")).await.text());
        assert_eq!(titles.len(), expected, "{query}: {titles:?}");
    }
    // The list announces its feed, with its filters, in its language.
    let arabic = get(&r, "/ar/actions?kind=statement").await.text();
    let head = &arabic[..arabic.find("</head>").unwrap_or(0)];
    let feed_link = head.split("<link ").find(|l| l.contains("application/atom+xml")).unwrap_or_else(|| panic!("no feed announced in the head: {head}"));
    assert!(feed_link.contains(r#"href="/ar/actions.atom?kind=statement""#) && feed_link.contains(r#"rel="alternate""#), "the feed keeps the filters: {feed_link}");
    // An organisation's profile lists its actions.
    let profile = get(&r, "/organisations/icsgp").await.text();
    assert!(profile.contains(r#"id="actions-heading""#) && profile.contains("/actions/icsgp-initial-letter"), "on the profile");
    t.finish().await;
}

#[tokio::test]
async fn the_feed_holds_the_list_s_actions_with_its_filters_in_its_language() {
    use crate::common::get;
    let t = TestDb::with_demo().await;
    let r = t.router();
    let feed = get(&r, "/actions.atom").await;
    assert_eq!(feed.status, 200);
    assert!(feed.header("content-type").starts_with("application/atom+xml"));
    let body = feed.text();
    assert!(body.starts_with("<?xml") && body.contains(r#"<feed xmlns="http://www.w3.org/2005/Atom""#));
    assert_eq!(body.matches("<entry").count(), 3);
    assert!(body.contains("http://tadamun.test/actions/icsgp-initial-letter"));
    let letters = get(&r, "/actions.atom?kind=sign_on_letter&organiser=icsgp").await.text();
    assert_eq!(letters.matches("<entry").count(), 2);
    assert!(letters.contains(r#"href="http://tadamun.test/actions.atom?kind=sign_on_letter&amp;organiser=icsgp""#), "its own address, escaped");
    let arabic = get(&r, "/ar/actions.atom?kind=statement").await.text();
    assert_eq!(arabic.matches("<entry").count(), 1);
    assert!(arabic.contains(r#"xml:lang="ar""#) && arabic.contains("http://tadamun.test/ar/actions/ccivs-ceasefire-statement"));
    assert!(arabic.contains("<title>التحرّكات · "), "the feed's title in Arabic");
    t.finish().await;
}
