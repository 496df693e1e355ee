//! RSVPs: guest and member, waitlist, promotion, cancelling, bad input, capacity under
//! concurrency, reminders, attendee lists. Runs on SQLite, and on PostgreSQL with
//! TEST_DATABASE_URL.

use app::events::queries::{cancel, register, Attendee, Holder};
use app::events::{RsvpProblem, RsvpStatus};
use app::i18n::Locale;
use crate::common::accounts::{call, call_as, encode, fetch_as, get_with, mailed_link, post, token_of, verified_account};
use crate::common::events::*;
use crate::common::{get, TestDb, PUBLIC_URL};

#[tokio::test]
async fn a_guest_rsvps_and_confirms_from_the_mail() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let guest = "guest@example.org";
    let form = format!("locale=en&slug={MONTHLY_CALL}&email={}&name=Samira&interpretation=en", encode(guest));
    let page = post(&r, "/api/rsvp", &form, None).await;
    assert_eq!(page.status, 303);
    assert_eq!(page.header("location"), format!("/events/{MONTHLY_CALL}?rsvp=check-mail#rsvp"));
    assert_eq!(statuses(&t, MONTHLY_CALL).await, vec![(guest.to_string(), "pending".to_string())]);
    let (text,): (String,) = sqlx::query_as("SELECT text_body FROM mail_queue WHERE recipient = $1").bind(guest).fetch_one(&t.db.pool).await.unwrap();
    assert!(!text.contains("meet.example.org"), "no join link before confirming");

    let link = mailed_link(&t, guest).await;
    assert!(link.starts_with(&format!("/events/{MONTHLY_CALL}/rsvp?token=")), "{link}");
    let opened = get(&r, &link).await;
    assert_eq!(opened.status, 200);
    assert!(opened.text().contains("Confirm my registration"));
    assert_eq!(statuses(&t, MONTHLY_CALL).await[0].1, "pending", "opening the link changes nothing");

    let page = post(&r, "/api/rsvp-confirm", &format!("locale=en&slug={MONTHLY_CALL}&token={}", token_of(&link)), None).await;
    assert_eq!(page.status, 303);
    assert!(page.header("location").ends_with("&done=confirmed"));
    assert_eq!(statuses(&t, MONTHLY_CALL).await[0].1, "confirmed");
    let (text, calendar): (String, String) =
        sqlx::query_as("SELECT text_body, calendar FROM mail_queue WHERE recipient = $1 ORDER BY id DESC LIMIT 1").bind(guest).fetch_one(&t.db.pool).await.unwrap();
    assert!(text.contains("https://meet.example.org/ucp-ras-al-auja"), "{text}");
    assert!(text.contains("Consecutive interpretation"), "the chosen channel");
    assert!(calendar.contains("BEGIN:VEVENT") && calendar.contains("meet.example.org"));

    // The link page now shows the join link to its holder, and lets them cancel.
    let link = mailed_link(&t, guest).await;
    let mine = get(&r, &link).await.text();
    assert!(mine.contains("You are registered.") && mine.contains("https://meet.example.org/ucp-ras-al-auja"));
    let page = post(&r, "/api/rsvp-cancel", &format!("locale=en&slug={MONTHLY_CALL}&token={}", token_of(&link)), None).await;
    assert_eq!(page.status, 303);
    assert_eq!(statuses(&t, MONTHLY_CALL).await[0].1, "cancelled");
    t.finish().await;
}

#[tokio::test]
async fn a_guest_rsvping_twice_is_told_by_mail_not_on_the_page() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let form = format!("locale=en&slug={MONTHLY_CALL}&email=twice%40example.org");
    let first = post(&r, "/api/rsvp", &form, None).await;
    let second = post(&r, "/api/rsvp", &form, None).await;
    assert_eq!(first.header("location"), second.header("location"), "the same answer either way");
    assert_eq!(statuses(&t, MONTHLY_CALL).await.len(), 1);
    let (subject,): (String,) = sqlx::query_as("SELECT subject FROM mail_queue WHERE recipient = 'twice@example.org' ORDER BY id DESC LIMIT 1")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(subject.starts_with("You are already registered"), "{subject}");
    t.finish().await;
}

#[tokio::test]
async fn a_member_rsvps_in_one_click_and_sees_the_join_link() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let cookie = verified_account(&t, &r, "layla@example.org").await;
    let page = call_as(&r, "/api/rsvp", &format!("locale=en&slug={MONTHLY_CALL}"), Some(&cookie)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.body, "\"confirmed\"");
    let event = get_with(&r, &format!("/events/{MONTHLY_CALL}"), Some(&cookie)).await;
    assert_eq!(event.header("cache-control"), "no-store", "their own RSVP is on it");
    let event = event.text();
    assert!(event.contains("You are registered.") && event.contains("https://meet.example.org/ucp-ras-al-auja"));
    assert!(!get(&r, &format!("/events/{MONTHLY_CALL}")).await.body.contains("meet.example.org"), "not for others");
    let mine = fetch_as(&r, &format!("/api/my-rsvp?slug={MONTHLY_CALL}"), Some(&cookie)).await;
    assert_eq!(mine.header("cache-control"), "no-store");

    let twice = call_as(&r, "/api/rsvp", &format!("locale=en&slug={MONTHLY_CALL}"), Some(&cookie)).await;
    assert_eq!(twice.status, 409);
    let plain = post(&r, "/api/rsvp", &format!("locale=en&slug={MONTHLY_CALL}"), Some(&cookie)).await;
    assert_eq!(plain.header("location"), format!("/events/{MONTHLY_CALL}?problem=already-registered"));
    let shown = get_with(&r, plain.header("location"), Some(&cookie)).await.text();
    assert!(shown.contains("You are already registered for this event."));

    let cancelled = post(&r, "/api/rsvp-cancel", &format!("locale=en&slug={MONTHLY_CALL}"), Some(&cookie)).await;
    assert_eq!(cancelled.header("location"), format!("/events/{MONTHLY_CALL}?rsvp=cancelled#rsvp"));
    assert_eq!(statuses(&t, MONTHLY_CALL).await[0].1, "cancelled");
    t.finish().await;
}

#[tokio::test]
async fn bad_rsvps_are_refused_plainly_and_change_nothing() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    add_event(&t, &test_event("closed-window", None, 3600)).await;
    sqlx::query("UPDATE events SET rsvp_closes_at = 1 WHERE slug = 'closed-window'").execute(&t.db.pool).await.unwrap();
    add_event(&t, &test_event("called-off", None, 3600)).await;
    sqlx::query("UPDATE events SET status = 'cancelled' WHERE slug = 'called-off'").execute(&t.db.pool).await.unwrap();
    let cases = [
        (format!("slug={MONTHLY_CALL}&email=not-an-address"), "invalid-email", "This is not an email address we can write to."),
        (format!("slug={MONTHLY_CALL}&email=b%40example.org&interpretation=zz"), "unknown-interpretation", "no interpretation into that language"),
        (format!("slug={PAST_CALL}&email=c%40example.org"), "event-over", "This event is over."),
        ("slug=closed-window&email=d%40example.org".to_string(), "closed", "Registration for this event is closed."),
        ("slug=called-off&email=e%40example.org".to_string(), "event-cancelled", "This event is cancelled"),
        ("slug=no-such-event&email=f%40example.org".to_string(), "unknown-event", ""),
    ];
    for (form, code, sentence) in cases {
        let answer = call(&r, "/api/rsvp", &format!("locale=en&{form}")).await;
        assert!(answer.status.is_client_error(), "{form}: {}", answer.status);
        let plain = post(&r, "/api/rsvp", &format!("locale=en&{form}"), None).await;
        let location = plain.header("location").to_string();
        assert!(location.ends_with(&format!("?problem={code}")), "{form}: {location}");
        if !sentence.is_empty() {
            let shown = get(&r, &location).await.text();
            assert!(shown.contains(sentence), "{form}: {sentence:?} not shown");
        }
    }
    let (rsvps,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM rsvps").fetch_one(&t.db.pool).await.unwrap();
    let (mails,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM mail_queue").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!((rsvps, mails), (0, 0));
    // Each address may ask five times an hour (each case above asked twice).
    for _ in 0..3 {
        post(&r, "/api/rsvp", &format!("locale=en&slug={MONTHLY_CALL}&email=not-an-address"), None).await;
    }
    let limited = post(&r, "/api/rsvp", &format!("locale=en&slug={MONTHLY_CALL}&email=not-an-address"), None).await;
    assert!(limited.header("location").ends_with("?problem=too-many-attempts"));
    let unknown_link = post(&r, "/api/rsvp-confirm", &format!("locale=en&slug={MONTHLY_CALL}&token=abcdef"), None).await;
    assert!(unknown_link.header("location").ends_with("problem=link-unknown"));
    t.finish().await;
}

#[tokio::test]
async fn the_waitlist_is_promoted_in_order_with_a_mail() {
    let t = TestDb::with_demo().await;
    add_event(&t, &test_event("two-seats", Some(2), 86_400)).await;
    let ids = add_members(&t, 4).await;
    let now = app::now();
    let mut got = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        got.push(register(&t.db, "two-seats", &member(*id, i), "", PUBLIC_URL, now).await.unwrap());
    }
    assert_eq!(got, vec![RsvpStatus::Confirmed, RsvpStatus::Confirmed, RsvpStatus::Waitlisted, RsvpStatus::Waitlisted]);
    let (waitlisted_mail,): (String,) = sqlx::query_as("SELECT text_body FROM mail_queue WHERE recipient = 'member3@example.org'")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(waitlisted_mail.contains("waitlist, number 2"), "{waitlisted_mail}");
    assert!(!waitlisted_mail.contains("meet.example.org"));

    cancel(&t.db, Holder::Member { user_id: ids[0], event_slug: "two-seats" }, PUBLIC_URL, now + 1).await.unwrap();
    let states: Vec<String> = statuses(&t, "two-seats").await.into_iter().map(|(_, s)| s).collect();
    assert_eq!(states, ["cancelled", "confirmed", "confirmed", "waitlisted"]);
    let (subject, text): (String, String) =
        sqlx::query_as("SELECT subject, text_body FROM mail_queue WHERE recipient = 'member2@example.org' ORDER BY id DESC LIMIT 1")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert!(subject.starts_with("A place opened for you"), "{subject}");
    assert!(text.contains("https://meet.example.org/test"));

    // A waitlisted person leaving frees no seat.
    cancel(&t.db, Holder::Member { user_id: ids[3], event_slug: "two-seats" }, PUBLIC_URL, now + 2).await.unwrap();
    assert_eq!(count_with(&t, "two-seats", "confirmed").await, 2);
    assert_eq!(
        cancel(&t.db, Holder::Member { user_id: ids[3], event_slug: "two-seats" }, PUBLIC_URL, now + 3).await,
        Err(RsvpProblem::NotRegistered)
    );
    t.finish().await;
}

#[tokio::test]
async fn two_hundred_concurrent_rsvps_fill_fifty_seats_exactly() {
    let t = TestDb::with_demo().await;
    add_event(&t, &test_event("fifty-seats", Some(50), 86_400)).await;
    let ids = add_members(&t, 200).await;
    let now = app::now();
    let mut tasks = Vec::new();
    for (i, id) in ids.into_iter().enumerate() {
        let db = t.db.clone();
        tasks.push(tokio::spawn(async move { register(&db, "fifty-seats", &member(id, i), "", PUBLIC_URL, now).await }));
    }
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap().expect("every RSVP is recorded"));
    }
    let told_confirmed = answers.iter().filter(|s| **s == RsvpStatus::Confirmed).count();
    assert_eq!(told_confirmed, 50);
    assert_eq!(count_with(&t, "fifty-seats", "confirmed").await, 50);
    assert_eq!(count_with(&t, "fifty-seats", "waitlisted").await, 150);
    t.finish().await;
}

#[tokio::test]
async fn reminders_go_once_even_with_two_instances() {
    let t = TestDb::with_demo().await;
    add_event(&t, &test_event("tomorrow", None, 23 * 3600)).await;
    let ids = add_members(&t, 3).await;
    let now = app::now();
    for (i, id) in ids.iter().enumerate() {
        // Registered two days before: both reminders are theirs.
        register(&t.db, "tomorrow", &member(*id, i), "ar", PUBLIC_URL, now - 2 * 86_400).await.unwrap();
    }
    let late = add_members_named(&t, "late").await;
    register(&t.db, "tomorrow", &Attendee { user_id: Some(late), email: "late@example.org".into(), name: String::new(), locale: Locale::en }, "", PUBLIC_URL, now).await.unwrap();

    let other = t.another_instance().await;
    let (a, b) = tokio::join!(
        app::events::queries::send_due_reminders(&t.db, PUBLIC_URL, now),
        app::events::queries::send_due_reminders(&other, PUBLIC_URL, now)
    );
    assert_eq!(a.unwrap() + b.unwrap(), 3, "the day's reminder, once each, not to who registered within the day");
    let reminders = |kind: &'static str| {
        let pool = t.db.pool.clone();
        async move {
            let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM mail_queue WHERE subject LIKE $1").bind(kind).fetch_one(&pool).await.unwrap();
            n
        }
    };
    assert_eq!(reminders("In 24 hours:%").await, 3);
    let (text,): (String,) = sqlx::query_as("SELECT text_body FROM mail_queue WHERE subject LIKE 'In 24 hours:%' LIMIT 1").fetch_one(&t.db.pool).await.unwrap();
    assert!(text.contains("https://meet.example.org/test") && text.contains("interpretation menu"), "{text}");

    let soon = now + 22 * 3600 + 1800;
    let (a, b) = tokio::join!(
        app::events::queries::send_due_reminders(&t.db, PUBLIC_URL, soon),
        app::events::queries::send_due_reminders(&other, PUBLIC_URL, soon)
    );
    assert_eq!(a.unwrap() + b.unwrap(), 4, "the hour's reminder to all four");
    assert_eq!(reminders("In 1 hour:%").await, 4);
    assert_eq!(app::events::queries::send_due_reminders(&t.db, PUBLIC_URL, soon).await.unwrap(), 0);
    other.pool.close().await;
    t.finish().await;
}

#[tokio::test]
async fn only_organisers_and_admins_see_the_attendees() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let guest_form = format!("locale=en&slug={MONTHLY_CALL}&email=samira%40example.org&name=Samira");
    post(&r, "/api/rsvp", &guest_form, None).await;
    let member = verified_account(&t, &r, "member@example.org").await;
    assert_eq!(get_with(&r, &format!("/events/{MONTHLY_CALL}/attendees.csv"), None).await.status, 401);
    assert_eq!(get_with(&r, &format!("/events/{MONTHLY_CALL}/attendees.csv"), Some(&member)).await.status, 403);
    let page = get_with(&r, &format!("/events/{MONTHLY_CALL}/attendees"), Some(&member)).await;
    assert_eq!(page.status, 403);
    assert!(!page.body.contains("samira@example.org"));
    assert!(!get_with(&r, &format!("/events/{MONTHLY_CALL}"), Some(&member)).await.text().contains("Attendees (organisers only)"));

    // An editor of an organising organisation.
    let (user_id,): (i64,) = sqlx::query_as("SELECT id FROM users WHERE email = 'member@example.org'").fetch_one(&t.db.pool).await.unwrap();
    sqlx::query("INSERT INTO organisation_editors (user_id, organisation_id, granted_at) SELECT $1, id, 0 FROM organisations WHERE slug = 'ras-al-auja'")
        .bind(user_id)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let csv = get_with(&r, &format!("/events/{MONTHLY_CALL}/attendees.csv"), Some(&member)).await;
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert_eq!(csv.header("cache-control"), "no-store");
    assert!(csv.body.starts_with("name,email,status"));
    assert!(csv.body.contains("Samira,samira@example.org,pending"), "{}", csv.body);
    let page = get_with(&r, &format!("/events/{MONTHLY_CALL}/attendees"), Some(&member)).await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("samira@example.org"));
    assert!(get_with(&r, &format!("/events/{MONTHLY_CALL}"), Some(&member)).await.text().contains("Attendees (organisers only)"));
    // Not an organiser of another event.
    assert_eq!(get_with(&r, &format!("/events/{SMALL_MEETING}/attendees.csv"), Some(&member)).await.status, 403);
    t.finish().await;
}

#[tokio::test]
async fn a_deleted_account_leaves_its_seat_counted_but_nameless() {
    let t = TestDb::with_demo().await;
    add_event(&t, &test_event("kept-count", Some(10), 86_400)).await;
    let ids = add_members(&t, 1).await;
    register(&t.db, "kept-count", &member(ids[0], 0), "", PUBLIC_URL, app::now()).await.unwrap();
    let export = app::accounts::my_data::export(&t.db, ids[0], app::now()).await.unwrap().unwrap();
    assert_eq!(export.rsvps, vec!["kept-count: confirmed".to_string()]);
    app::accounts::my_data::delete(&t.db, ids[0]).await.unwrap();
    let rows: Vec<(Option<i64>, String, String, String)> =
        sqlx::query_as("SELECT user_id, email, name, status FROM rsvps").fetch_all(&t.db.pool).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, None);
    assert!(rows[0].1.starts_with("deleted-") && rows[0].2.is_empty() && rows[0].3 == "confirmed");
    let (links,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM rsvp_links").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(links, 0);
    t.finish().await;
}
