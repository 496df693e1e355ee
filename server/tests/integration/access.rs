//! Who may do what, through the real requests: every role against every guarded server
//! function, page and download, asserting the exact set allowed (`app::access` decides; its
//! unit test checks the same table on the rule alone). A new guarded action adds a column here,
//! a letter to each row, and the README's table follows (checked below). On SQLite, and on
//! PostgreSQL with TEST_DATABASE_URL.
use crate::common::accounts::{call_as, fetch_as, get_with, post_file, verified_account};
use crate::common::events::SMALL_MEETING;
use crate::common::{Page, TestDb};
use crate::event_editor::{body, editor_of, new_event};
use crate::roles::with_role;
use app::accounts::{users, Role};

/// The guarded actions, as the README's table names them.
const ACTIONS: [&str; 14] = [
    "attendee list",
    "attendee list as CSV",
    "new event form",
    "event form",
    "save an event",
    "people",
    "roles and editors",
    "signers",
    "signers as CSV",
    "import signers",
    "record a reported count",
    "new action form",
    "action form",
    "save an action",
];

/// Who asks, and what they get: `A` allowed, `L` 401 (log in), `T` 403 (two-factor
/// authentication needed), `F` 403; one letter per action, in the order of `ACTIONS`.
/// "This organisation" organises the event; "another" does not.
const TABLE: [(&str, &str); 10] = [
    ("visitor", "LLLLLLLLLLLLLL"),
    ("member", "FFFFFFFFFFFFFF"),
    ("editor of this organisation", "AAAAAFFAAAAAAA"),
    ("editor of another organisation", "FFAFFFFFFFFAFF"),
    ("moderator without two-factor", "FFFFFFFFFFFFFF"),
    ("moderator with two-factor", "FFFFFFFFFFFFFF"),
    ("moderator who edits this organisation", "AAAAAFFAAAAAAA"),
    ("admin without two-factor", "TTTTTTTTTTTTTT"),
    ("admin with two-factor", "AAAAAAAAAAAAAA"),
    ("admin without two-factor who edits this organisation", "AAAAATTAAAAAAA"),
];

/// Signs in as the table's `who`; `None` for the visitor.
async fn sign_in(t: &TestDb, r: &axum::Router, who: &str, i: usize, ours: &str, theirs: &str) -> Option<String> {
    let email = format!("person{i}@example.org");
    let (role, two_factor, edits) = match who {
        "visitor" => return None,
        "member" => (None, false, None),
        "editor of this organisation" => (None, false, Some(ours)),
        "editor of another organisation" => (None, false, Some(theirs)),
        "moderator without two-factor" => (Some(Role::Moderator), false, None),
        "moderator with two-factor" => (Some(Role::Moderator), true, None),
        "moderator who edits this organisation" => (Some(Role::Moderator), true, Some(ours)),
        "admin without two-factor" => (Some(Role::Admin), false, None),
        "admin with two-factor" => (Some(Role::Admin), true, None),
        "admin without two-factor who edits this organisation" => (Some(Role::Admin), false, Some(ours)),
        other => panic!("no such row: {other}"),
    };
    // Ten sign-ups from one test client: past the per-address limit, which is not what is tested.
    sqlx::query("DELETE FROM rate_limits").execute(&t.db.pool).await.unwrap();
    let cookie = with_role(t, r, &email, role, two_factor).await;
    if let Some(organisation) = edits {
        editor_of(t, &email, organisation).await;
    }
    Some(cookie)
}

async fn event_exists(t: &TestDb, slug: &str) -> bool {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM events WHERE slug = $1").bind(slug).fetch_one(&t.db.pool).await.unwrap();
    n > 0
}

fn letter(page: &Page) -> char {
    match page.status.as_u16() {
        200..=299 => 'A',
        401 => 'L',
        403 if page.body.contains("TwoFactorRequired") || page.body.contains("two-factor") => 'T',
        403 => 'F',
        other => panic!("unexpected status {other}: {}", page.body),
    }
}

#[tokio::test]
async fn every_role_against_every_guarded_action() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let organisers = app::events::queries::organisers_of(&t.db, SMALL_MEETING).await.unwrap().expect("the demo event");
    let ours = organisers.first().expect("an organiser").clone();
    let (theirs,): (String,) = sqlx::query_as("SELECT slug FROM organisations WHERE slug <> $1 ORDER BY slug")
        .bind(&ours)
        .fetch_all(&t.db.pool)
        .await
        .unwrap()
        .into_iter()
        .find(|(slug,)| !organisers.contains(slug))
        .expect("an organisation that does not organise it");
    let letter_slug = "access-check-letter";
    add_letter(&t, letter_slug, &ours).await;
    verified_account(&t, &r, "target@example.org").await;
    let target = users::id_by_email(&t.db.pool, "target@example.org").await.unwrap().unwrap();

    for (i, (who, expected)) in TABLE.iter().enumerate() {
        let cookie = sign_in(&t, &r, who, i, &ours, &theirs).await;
        let cookie = cookie.as_deref();
        let slug = format!("access-check-{i}");
        let mut fields = new_event(&[]);
        for field in fields.iter_mut() {
            match field.0 {
                "[slug]" => field.1 = &slug,
                "[organisers]" => field.1 = &ours,
                _ => {}
            }
        }
        let mut got = String::new();
        let list = fetch_as(&r, &format!("/api/event-attendees?slug={SMALL_MEETING}"), cookie).await;
        got.push(letter(&list));
        let csv = get_with(&r, &format!("/events/{SMALL_MEETING}/attendees.csv"), cookie).await;
        // The file says nothing about why; its status is the page's.
        got.push(match (csv.status.as_u16(), letter(&list)) {
            (200, _) => 'A',
            (401, _) => 'L',
            (403, 'T') => 'T',
            (403, _) => 'F',
            (other, _) => panic!("{who}: CSV answered {other}"),
        });
        got.push(letter(&fetch_as(&r, "/api/event-form", cookie).await));
        got.push(letter(&fetch_as(&r, &format!("/api/event-form?slug={SMALL_MEETING}"), cookie).await));
        let saved = call_as(&r, "/api/save-event", &body(&fields), cookie).await;
        got.push(letter(&saved));
        assert_eq!(event_exists(&t, &slug).await, saved.status.is_success(), "{who}: saved only when allowed");
        got.push(letter(&fetch_as(&r, "/api/admin-people", cookie).await));
        let granted = call_as(&r, "/api/admin-role", &format!("locale=en&user_id={target}&role=moderator&grant=yes"), cookie).await;
        got.push(letter(&granted));
        assert_eq!(
            users::roles(&t.db, target).await.unwrap().contains(&Role::Moderator),
            granted.status.is_success(),
            "{who}: a role granted only when allowed"
        );
        if granted.status.is_success() {
            let revoked = call_as(&r, "/api/admin-role", &format!("locale=en&user_id={target}&role=moderator&grant=no"), cookie).await;
            assert!(revoked.status.is_success());
        }
        got.push(letter(&fetch_as(&r, &format!("/api/signatures-admin?slug={letter_slug}&locale=en"), cookie).await));
        let csv = get_with(&r, &format!("/actions/{letter_slug}/signers.csv"), cookie).await;
        got.push(file_letter(who, &csv, got.chars().last()));
        let before = signature_count(&t).await;
        let imported = post_file(&r, &format!("/actions/{letter_slug}/signers/import"), &format!("name,kind\nPerson {i},individual\n"), cookie).await;
        got.push(if imported.status == 303 { 'A' } else { file_letter(who, &imported, got.chars().last()) });
        assert_eq!(signature_count(&t).await > before, imported.status == 303, "{who}: imported only when allowed");
        let recorded = call_as(
            &r,
            "/api/reported-count",
            &format!("locale=en&slug={letter_slug}&count[wording]=Reported+{i}&count[language]=en&count[signatures]=5"),
            cookie,
        )
        .await;
        got.push(letter(&recorded));
        let (reported,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM action_reported_counts WHERE wording = $1")
            .bind(format!("Reported {i}"))
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
        assert_eq!(reported == 1, recorded.status.is_success(), "{who}: a count recorded only when allowed");
        got.push(letter(&fetch_as(&r, "/api/action-form", cookie).await));
        got.push(letter(&fetch_as(&r, &format!("/api/action-form?slug={letter_slug}"), cookie).await));
        let action_slug = format!("access-check-action-{i}");
        let fields = crate::action_editor::new_action(&[]);
        let fields: Vec<(&str, &str)> = fields
            .into_iter()
            .map(|(k, v)| match k {
                "[slug]" => (k, action_slug.as_str()),
                "[organisers]" => (k, ours.as_str()),
                _ => (k, v),
            })
            .collect();
        let saved = call_as(&r, "/api/save-action", &body(&fields), cookie).await;
        got.push(letter(&saved));
        let (made,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM actions WHERE slug = $1").bind(&action_slug).fetch_one(&t.db.pool).await.unwrap();
        assert_eq!(made == 1, saved.status.is_success(), "{who}: an action saved only when allowed");
        assert_eq!(&got, expected, "{who}: {ACTIONS:?}");
    }
    t.finish().await;
}

/// A file (or a file's form) says nothing about why it was refused: its status is read with
/// the letter of the page before it.
fn file_letter(who: &str, page: &Page, before: Option<char>) -> char {
    match (page.status.as_u16(), before) {
        (200, _) => 'A',
        (401, _) => 'L',
        (403, Some('T')) => 'T',
        (403, _) => 'F',
        (other, _) => panic!("{who}: answered {other}: {}", page.body),
    }
}

async fn signature_count(t: &TestDb) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM signatures").fetch_one(&t.db.pool).await.unwrap();
    n
}

/// An open letter organised by `organiser`, for the table's actions on signatures.
async fn add_letter(t: &TestDb, slug: &str, organiser: &str) {
    use app::actions::queries::{insert_action, NewAction};
    use app::actions::{ActionKind, ActionStatus, ActionText, Signatories};
    let letter = NewAction {
        slug: slug.into(),
        kind: ActionKind::SignOnLetter,
        status: ActionStatus::Open,
        signatories: Signatories::Both,
        opens_at: None,
        closes_at: None,
        timezone: "UTC".into(),
        goal: None,
        adopted_on: String::new(),
        original_language: "en".into(),
        texts: vec![ActionText { language: "en".into(), title: "An example letter".into(), ..ActionText::default() }],
        organisers: vec![organiser.into()],
        events: Vec::new(),
        themes: Vec::new(),
        reported: Vec::new(),
    };
    let mut tx = t.db.begin_write().await.unwrap();
    insert_action(&mut tx, &letter, app::now()).await.expect("insert letter");
    tx.commit().await.unwrap();
}

/// The README shows this table: the test fails when they differ.
#[test]
fn the_readme_shows_this_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let word = |c: char| match c {
        'A' => "yes",
        'L' => "log in",
        'T' => "2FA",
        _ => "no",
    };
    let mut table = format!("| | {} |\n|{}\n", ACTIONS.join(" | "), "---|".repeat(ACTIONS.len() + 1));
    for (who, letters) in TABLE {
        let cells: Vec<&str> = letters.chars().map(word).collect();
        table.push_str(&format!("| {who} | {} |\n", cells.join(" | ")));
    }
    assert!(readme.contains(&table), "README.md should contain this table:\n{table}");
}
