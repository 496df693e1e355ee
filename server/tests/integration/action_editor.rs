//! Creating and editing actions in the browser (plain form posts). On SQLite, and on
//! PostgreSQL with TEST_DATABASE_URL.
use crate::common::accounts::{get_with, post, verified_account};
use crate::common::{get, TestDb};
use crate::event_editor::{body, editor_of};

pub(crate) fn new_action<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("[editing]", ""),
        ("[slug]", "an-example-letter"),
        ("[kind]", "sign_on_letter"),
        ("[status]", "open"),
        ("[signatories]", "organisations"),
        ("[timezone]", "Asia/Gaza"),
        ("[closes]", "2030-06-30T23:59"),
        ("[goal]", "500"),
        ("[original_language]", "en"),
        ("[organisers]", "icsgp"),
        ("[themes][]", "peace"),
        ("[texts][en][title]", "An example letter (an example made for this demo)"),
        ("[texts][en][summary]", "Organisations only, please."),
        ("[texts][en][target]", "Example recipients"),
        ("[texts][en][body]", "We, the undersigned, **ask**.<script>alert(1)</script>"),
        ("[texts][ar][title]", "رسالة مثال"),
    ];
    f.extend_from_slice(extra);
    f
}

#[tokio::test]
async fn an_editor_creates_and_edits_an_action_without_javascript() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let cookie = verified_account(&t, &r, "editor@example.org").await;
    // Not an editor yet: refused, nothing written.
    let refused = post(&r, "/api/save-action", &body(&new_action(&[])), Some(&cookie)).await;
    assert_eq!(refused.header("location"), "/actions/new?problem=forbidden");
    editor_of(&t, "editor@example.org", "icsgp").await;
    assert!(get_with(&r, "/actions", Some(&cookie)).await.text().contains("Add an action"));
    assert!(!get(&r, "/actions").await.text().contains("Add an action"), "not to a visitor");

    let page = post(&r, "/api/save-action", &body(&new_action(&[])), Some(&cookie)).await;
    assert_eq!(page.status, 303);
    assert_eq!(page.header("location"), "/actions/an-example-letter?saved=1");
    let action = get_with(&r, "/actions/an-example-letter?saved=1", Some(&cookie)).await.text();
    for expected in ["The action is saved.", "An example letter (an example made for this demo)", "Example recipients", "Organisations only", "30 June 2030", "Edit this action", "<strong>ask</strong>"] {
        assert!(action.contains(expected), "missing {expected:?}");
    }
    assert!(!action.contains("<script>alert(1)"), "the text is sanitised");
    assert!(get(&r, "/ar/actions/an-example-letter").await.text().contains("رسالة مثال"));

    // Edited: the form holds what was saved; a new status and goal show.
    let form = get_with(&r, "/actions/an-example-letter/edit", Some(&cookie)).await.text();
    assert!(form.contains("value=\"An example letter (an example made for this demo)\""), "the form is filled");
    let edited: Vec<(&str, &str)> = new_action(&[])
        .into_iter()
        .map(|(k, v)| match k {
            "[editing]" => (k, "an-example-letter"),
            "[status]" => (k, "achieved"),
            _ => (k, v),
        })
        .collect();
    let saved = post(&r, "/api/save-action", &body(&edited), Some(&cookie)).await;
    assert_eq!(saved.header("location"), "/actions/an-example-letter?saved=1");
    let (status,): (String,) = sqlx::query_as("SELECT status FROM actions WHERE slug = 'an-example-letter'").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(status, "achieved");

    // The same address again is refused, and the form comes back with what was typed.
    let again = post(&r, "/api/save-action", &body(&new_action(&[])), Some(&cookie)).await;
    assert_eq!(again.header("location"), "/actions/new?problem=action-slug-taken");
    let form = get_with(&r, "/actions/new?problem=action-slug-taken", Some(&cookie)).await.text();
    assert!(form.contains("Another action already has this address."));
    assert!(form.contains("value=\"An example letter (an example made for this demo)\""), "the draft is shown again");
    t.finish().await;
}

#[tokio::test]
async fn bad_action_forms_are_refused_with_the_reason_and_write_nothing() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let cookie = verified_account(&t, &r, "editor@example.org").await;
    editor_of(&t, "editor@example.org", "icsgp").await;
    let cases: [(&[(&str, &str)], &str); 8] = [
        (&[("[opens]", "2031-01-01T00:00")], "ends-before-start"),
        (&[("[timezone]", "Mars/Olympus")], "unknown-timezone"),
        (&[("[slug]", "An Example!")], "bad-slug"),
        (&[("[organisers]", "ccivs")], "not-your-organisations-action"),
        (&[("[organisers]", "icsgp nowhere-org")], "unknown-organiser"),
        (&[("[events]", "no-such-event")], "unknown-related-event"),
        (&[("[goal]", "many")], "bad-goal"),
        (&[("[adopted_on]", "November 2023")], "bad-date"),
    ];
    for (change, code) in cases {
        let mut fields = new_action(&[]);
        for (k, v) in change {
            fields.retain(|(name, _)| name != k);
            fields.push((k, v));
        }
        let page = post(&r, "/api/save-action", &body(&fields), Some(&cookie)).await;
        assert_eq!(page.header("location"), format!("/actions/new?problem={code}"), "{change:?}");
    }
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM actions WHERE slug = 'an-example-letter'").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(n, 0);
    t.finish().await;
}
