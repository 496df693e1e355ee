//! Creating and editing events in the browser (plain form posts), and what the people
//! registered are told. On SQLite, and on PostgreSQL with TEST_DATABASE_URL.
use crate::common;

use crate::common::accounts::{encode, get_with, post, verified_account};
use crate::common::TestDb;

/// A form body from (field, value) pairs, named as the editor's inputs are (`form[slug]`).
pub(crate) fn body(fields: &[(&str, &str)]) -> String {
    let mut parts = vec!["locale=en".to_string()];
    for (k, v) in fields {
        parts.push(format!("{}={}", encode(&format!("form{k}")), encode(v)));
    }
    parts.join("&")
}

pub(crate) fn new_event<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("[editing]", ""),
        ("[slug]", "harvest-call"),
        ("[kind]", "webinar"),
        ("[format]", "online"),
        ("[status]", "scheduled"),
        ("[timezone]", "Asia/Hebron"),
        ("[starts]", "2030-10-05T17:00"),
        ("[ends]", "2030-10-05T18:30"),
        ("[languages]", "ar en"),
        ("[original_language]", "en"),
        ("[capacity]", "1"),
        ("[join_url]", "https://meet.example.org/harvest"),
        ("[organisers]", "uawc"),
        ("[themes][]", "agriculture"),
        ("[themes][]", "human_rights"),
        ("[speakers]", "Fuad Abu Saifa | UAWC | keynote | Director of UAWC."),
        ("[channels]", "en | English channel in the interpretation menu"),
        ("[texts][en][title]", "The olive harvest: a call with farmers"),
        ("[texts][en][summary]", "Farmers on this year's harvest."),
        ("[texts][ar][title]", "موسم قطف الزيتون: لقاء مع المزارعين"),
    ];
    f.extend_from_slice(extra);
    f
}

pub(crate) async fn editor_of(t: &TestDb, email: &str, organisation: &str) {
    sqlx::query(
        "INSERT INTO organisation_editors (user_id, organisation_id, granted_at) \
         SELECT u.id, o.id, 0 FROM users u, organisations o WHERE u.email = $1 AND o.slug = $2",
    )
    .bind(email)
    .bind(organisation)
    .execute(&t.db.pool)
    .await
    .unwrap();
}

#[tokio::test]
async fn an_editor_creates_an_event_without_javascript() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let cookie = verified_account(&t, &r, "editor@example.org").await;
    // Not an editor yet: refused, nothing written.
    let refused = post(&r, "/api/save-event", &body(&new_event(&[])), Some(&cookie)).await;
    assert_eq!(refused.header("location"), "/events/new?problem=forbidden");
    editor_of(&t, "editor@example.org", "uawc").await;
    assert!(get_with(&r, "/events", Some(&cookie)).await.text().contains("Add an event"));

    let page = post(&r, "/api/save-event", &body(&new_event(&[])), Some(&cookie)).await;
    assert_eq!(page.status, 303);
    assert_eq!(page.header("location"), "/events/harvest-call?saved=1");
    let event = get_with(&r, "/events/harvest-call?saved=1", Some(&cookie)).await.text();
    for expected in ["The event is saved.", "The olive harvest: a call with farmers", "Fuad Abu Saifa", "Keynote", "5 October 2030, 17:00–18:30", "Agriculture", "Edit this event"] {
        assert!(event.contains(expected), "missing {expected:?}");
    }
    assert!(!get_with(&r, "/events/harvest-call", None).await.body.contains("meet.example.org"));
    assert!(get_with(&r, "/ar/events/harvest-call", None).await.text().contains("موسم قطف الزيتون"));

    // The same address again is refused, and the form comes back with what was typed.
    let again = post(&r, "/api/save-event", &body(&new_event(&[])), Some(&cookie)).await;
    assert_eq!(again.header("location"), "/events/new?problem=slug-taken");
    let form = get_with(&r, "/events/new?problem=slug-taken", Some(&cookie)).await.text();
    assert!(form.contains("Another event already has this address."));
    assert!(form.contains("value=\"The olive harvest: a call with farmers\""), "the draft is shown again");
    t.finish().await;
}

#[tokio::test]
async fn bad_event_forms_are_refused_with_the_reason() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let cookie = verified_account(&t, &r, "editor@example.org").await;
    editor_of(&t, "editor@example.org", "uawc").await;
    let cases: [(&[(&str, &str)], &str); 6] = [
        (&[("[ends]", "2030-10-05T16:00")], "ends-before-start"),
        (&[("[timezone]", "Mars/Olympus")], "unknown-timezone"),
        (&[("[slug]", "Harvest Call!")], "bad-slug"),
        (&[("[organisers]", "ccivs")], "not-your-organisation"),
        (&[("[organisers]", "uawc nowhere-org")], "unknown-organiser"),
        (&[("[speakers]", "Name | Org | emperor")], "bad-line"),
    ];
    for (change, code) in cases {
        let mut fields = new_event(&[]);
        for (k, v) in change {
            fields.retain(|(name, _)| name != k);
            fields.push((k, v));
        }
        let page = post(&r, "/api/save-event", &body(&fields), Some(&cookie)).await;
        assert_eq!(page.header("location"), format!("/events/new?problem={code}"), "{change:?}");
    }
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM events WHERE slug = 'harvest-call'").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(n, 0);
    t.finish().await;
}

#[tokio::test]
async fn edits_tell_the_people_registered() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let cookie = verified_account(&t, &r, "editor@example.org").await;
    editor_of(&t, "editor@example.org", "uawc").await;
    post(&r, "/api/save-event", &body(&new_event(&[])), Some(&cookie)).await;
    // One place: a guest takes it, another waits.
    for guest in ["first@example.org", "second@example.org"] {
        post(&r, "/api/rsvp", &format!("locale=ar&slug=harvest-call&email={}", encode(guest)), None).await;
        let link = common::accounts::mailed_link(&t, guest).await;
        let token = common::accounts::token_of(&link).to_string();
        post(&r, "/api/rsvp-confirm", &format!("locale=ar&slug=harvest-call&token={token}"), None).await;
    }
    let subjects = |to: &'static str| {
        let pool = t.db.pool.clone();
        async move {
            let rows: Vec<(String, String)> = sqlx::query_as("SELECT subject, calendar FROM mail_queue WHERE recipient = $1 ORDER BY id")
                .bind(to)
                .fetch_all(&pool)
                .await
                .unwrap();
            rows
        }
    };

    // A text change without asking to tell: nobody is mailed.
    let before = subjects("first@example.org").await.len();
    let edit = |extra: Vec<(&'static str, &'static str)>| {
        let mut fields = new_event(&[]);
        fields.retain(|(k, _)| !extra.iter().any(|(e, _)| e == k));
        fields.extend(extra);
        fields.retain(|(k, _)| *k != "[editing]");
        fields.push(("[editing]", "harvest-call"));
        body(&fields)
    };
    let page = post(&r, "/api/save-event", &edit(vec![("[texts][en][summary]", "Farmers and cooperatives.")]), Some(&cookie)).await;
    assert_eq!(page.header("location"), "/events/harvest-call?saved=1");
    assert_eq!(subjects("first@example.org").await.len(), before);

    // New times: both are told, in Arabic, with the new calendar entry.
    post(&r, "/api/save-event", &edit(vec![("[starts]", "2030-10-12T17:00"), ("[ends]", "2030-10-12T18:30")]), Some(&cookie)).await;
    for guest in ["first@example.org", "second@example.org"] {
        let mails = subjects(guest).await;
        let (subject, calendar) = mails.last().unwrap();
        assert!(subject.starts_with("موعد جديد"), "{subject}");
        assert!(calendar.contains("DTSTART;TZID=Asia/Hebron:20301012T170000") && calendar.contains("SEQUENCE:2"), "{calendar}");
    }
    let ics = common::get(&r, "/events/harvest-call.ics").await.body;
    assert!(ics.contains("SEQUENCE:2"));

    // Cancelled: told, and the calendar files say so.
    post(&r, "/api/save-event", &edit(vec![("[starts]", "2030-10-12T17:00"), ("[ends]", "2030-10-12T18:30"), ("[status]", "cancelled")]), Some(&cookie)).await;
    let (subject, calendar) = subjects("second@example.org").await.last().cloned().unwrap();
    assert!(subject.starts_with("أُلغيت"), "{subject}");
    assert!(calendar.contains("STATUS:CANCELLED"));
    assert!(common::get(&r, "/events/harvest-call.ics").await.body.contains("STATUS:CANCELLED"));

    // Another organisation's editor may not touch it.
    let other = verified_account(&t, &r, "other@example.org").await;
    editor_of(&t, "other@example.org", "ccivs").await;
    let refused = post(&r, "/api/save-event", &edit(vec![("[organisers]", "uawc ccivs")]), Some(&other)).await;
    assert_eq!(refused.header("location"), "/events/harvest-call/edit?problem=not-your-organisation");
    assert_eq!(get_with(&r, "/events/harvest-call/edit", Some(&other)).await.status, 403);
    t.finish().await;
}

#[tokio::test]
async fn after_the_event_the_recordings_go_to_those_who_came() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let cookie = verified_account(&t, &r, "editor@example.org").await;
    editor_of(&t, "editor@example.org", "uawc").await;
    post(&r, "/api/save-event", &body(&new_event(&[])), Some(&cookie)).await;
    post(&r, "/api/rsvp", "locale=en&slug=harvest-call&email=came%40example.org", None).await;
    let link = common::accounts::mailed_link(&t, "came@example.org").await;
    post(&r, "/api/rsvp-confirm", &format!("locale=en&slug=harvest-call&token={}", common::accounts::token_of(&link)), None).await;
    // The event took place: move it into the past directly, as time would.
    sqlx::query("UPDATE events SET starts_at = 1200, ends_at = 2400 WHERE slug = 'harvest-call'").execute(&t.db.pool).await.unwrap();
    let form = get_with(&r, "/events/harvest-call/edit", Some(&cookie)).await;
    assert_eq!(form.status, 200);
    assert!(form.text().contains("value=\"1970-01-01T02:20\""), "the form shows the times in the event's zone");
    let fields = vec![
        ("[editing]", "harvest-call"), ("[slug]", "harvest-call"), ("[kind]", "webinar"), ("[format]", "online"),
        ("[timezone]", "Asia/Hebron"), ("[starts]", "1970-01-01T02:20"), ("[ends]", "1970-01-01T02:40"),
        ("[original_language]", "en"), ("[organisers]", "uawc"), ("[texts][en][title]", "The olive harvest"),
        ("[texts][en][report]", "## What we heard\n\nFarmers spoke."), ("[attendance]", "42"),
        ("[recordings]", "en | https://video.example.org/harvest | 0\nar | https://video.example.org/harvest-ar | 12"),
        ("[notify]", "on"),
    ];
    let page = post(&r, "/api/save-event", &body(&fields), Some(&cookie)).await;
    assert_eq!(page.header("location"), "/events/harvest-call?saved=1");
    let (subject, text): (String, String) =
        sqlx::query_as("SELECT subject, text_body FROM mail_queue WHERE recipient = 'came@example.org' ORDER BY id DESC LIMIT 1")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert!(subject.starts_with("Recordings and report:"), "{subject}");
    assert!(text.contains("https://video.example.org/harvest-ar") && text.contains("12 minutes"), "{text}");
    let shown = get_with(&r, "/events/harvest-call", None).await.text();
    assert!(shown.contains("<h2>What we heard</h2>") && shown.contains("42 people"));
    t.finish().await;
}
