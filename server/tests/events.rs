//! Events: the list and its filters, an event's page, calendar files, and RSVPs (guest and
//! member, waitlist, promotion, cancelling, bad input, capacity under concurrency). Runs on
//! SQLite, and on PostgreSQL with TEST_DATABASE_URL.
mod common;

use app::events::queries::{cancel, insert_event, register, Attendee, Holder, NewEvent};
use app::events::{EventFormat, EventKind, EventStatus, RsvpProblem, RsvpStatus};
use app::i18n::Locale;
use common::accounts::{call, call_as, encode, fetch_as, get_with, mailed_link, post, token_of, verified_account};
use common::{get, TestDb, PUBLIC_URL};

const PAST_CALL: &str = "icsgp-global-call-2024-03";
const SMALL_MEETING: &str = "ccivs-working-group-open-meeting";
const MONTHLY_CALL: &str = "ras-al-auja-monthly-call-1";
/// What only confirmed attendees may see: the join links and the interpretation channels.
const PRIVATE: [&str; 3] = ["meet.example.org", "interpretation menu", "Consecutive interpretation"];

fn test_event(slug: &str, capacity: Option<i64>, starts_in: i64) -> NewEvent {
    let now = app::now();
    NewEvent {
        slug: slug.into(),
        kind: EventKind::Webinar,
        format: EventFormat::Online,
        status: EventStatus::Scheduled,
        starts_at: now + starts_in,
        ends_at: now + starts_in + 3600,
        timezone: "Asia/Hebron".into(),
        postponed_from: None,
        venue: String::new(),
        city: String::new(),
        country: String::new(),
        original_language: "en".into(),
        languages: vec!["en".into()],
        capacity,
        rsvp_opens_at: None,
        rsvp_closes_at: None,
        join_url: "https://meet.example.org/test".into(),
        attendance: None,
        texts: vec![("en".into(), format!("Test event {slug}"), String::new(), String::new(), String::new(), String::new())],
        organisers: Vec::new(),
        themes: Vec::new(),
        speakers: Vec::new(),
        channels: vec![("ar".into(), "Arabic: choose it in the interpretation menu".into())],
        sessions: Vec::new(),
        recordings: Vec::new(),
    }
}

async fn add_event(t: &TestDb, event: &NewEvent) {
    let mut tx = t.db.begin_write().await.unwrap();
    insert_event(&mut tx, event, app::now()).await.expect("insert event");
    tx.commit().await.unwrap();
}

async fn add_members(t: &TestDb, n: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    for i in 0..n {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO users (email, display_name, created_at, email_verified_at) VALUES ($1, $2, 0, 0) RETURNING id",
        )
        .bind(format!("member{i}@example.org"))
        .bind(format!("Member {i}"))
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
        ids.push(id);
    }
    ids
}

fn member(id: i64, i: usize) -> Attendee {
    Attendee { user_id: Some(id), email: format!("member{i}@example.org"), name: format!("Member {i}"), locale: Locale::en }
}

async fn statuses(t: &TestDb, slug: &str) -> Vec<(String, String)> {
    sqlx::query_as(
        "SELECT r.email, r.status FROM rsvps r JOIN events e ON e.id = r.event_id WHERE e.slug = $1 ORDER BY r.id",
    )
    .bind(slug)
    .fetch_all(&t.db.pool)
    .await
    .unwrap()
}

async fn count_with(t: &TestDb, slug: &str, status: &str) -> usize {
    statuses(t, slug).await.iter().filter(|(_, s)| s == status).count()
}

#[tokio::test]
async fn the_list_shows_upcoming_and_past_events_and_filters_them() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let upcoming = get(&r, "/events").await;
    assert_eq!(upcoming.status, 200);
    let text = upcoming.text();
    assert!(text.contains("Monthly call with Ras al-Auja"), "{text}");
    assert!(!text.contains("Palestine Online Conference"), "past events are not upcoming");

    let past = get(&r, "/events?when=past").await.text();
    assert!(past.contains("Palestine Online Conference"));
    assert!(past.contains("Global Call to Action"));
    // Latest first.
    assert!(past.find("Palestine Online Conference").unwrap() < past.find("Joint Convening").unwrap());

    let webinars = get(&r, "/events?when=past&kind=webinar").await.text();
    assert!(webinars.contains("Global Call to Action") && !webinars.contains("Palestine Online Conference"));
    let portuguese = get(&r, "/events?when=past&language=pt").await.text();
    assert!(portuguese.contains("Global Call to Action") && !portuguese.contains("Joint Convening"));
    let by_carter = get(&r, "/events?when=past&organiser=carter-center").await.text();
    assert!(by_carter.contains("Joint Convening") && !by_carter.contains("Global Call"));
    let march = get(&r, "/events?month=2024-03").await.text();
    assert!(march.contains("Global Call to Action") && !march.contains("Palestine Online Conference"));
    let in_person = get(&r, "/events?when=past&format=in_person&theme=youth").await.text();
    assert!(in_person.contains("Study Visit") && !in_person.contains("Global Call"));

    let bad = get(&r, "/events?kind=army&month=2024-13&page=x&organiser=nobody").await;
    assert_eq!(bad.status, 200);
    let bad = bad.text();
    assert!(bad.contains("“2024-13” is not a month"), "{bad}");
    assert!(bad.contains("No events are organised by “nobody”"));

    let arabic = get(&r, "/ar/events?when=past").await;
    assert!(arabic.body.contains("dir=\"rtl\""));
    assert!(arabic.text().contains("المؤتمر الإلكتروني حول فلسطين"));
    t.finish().await;
}

#[tokio::test]
async fn the_calendar_view_places_events_on_their_day() {
    let t = TestDb::with_demo().await;
    let page = get(&t.router(), "/events?view=calendar&month=2024-03").await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("<caption>March 2024</caption>"), "{text}");
    assert!(text.contains("/events/icsgp-global-call-2024-03"));
    assert!(text.contains("month=2024-04"), "a link to the next month");
    t.finish().await;
}

#[tokio::test]
async fn an_event_page_shows_its_programme_times_and_recording_but_no_join_link() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let page = get(&r, &format!("/events/{PAST_CALL}")).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    for expected in [
        "Ajamu Baraka", "Moderator", "Fuad Abu Saifa", "17 March 2024, 10:00–12:00", "America/New_York (UTC-04:00)",
        "17 March 2024, 14:00–16:00", "(this language starts 50 minutes in)", "application/ld+json",
        "\"@type\":\"Event\"", "2,000 organisations from over 120 countries", "Summary report",
    ] {
        assert!(text.contains(expected), "missing {expected:?}");
    }
    for secret in PRIVATE {
        assert!(!page.body.contains(secret), "{secret} in the public page");
    }
    let arabic = get(&r, &format!("/ar/events/{PAST_CALL}")).await;
    assert!(arabic.body.contains("dir=\"rtl\""));
    assert!(arabic.text().contains("التحالف الدولي لوقف الإبادة الجماعية"));
    // An English-only bio shows with a note of its language.
    assert!(arabic.body.contains("lang=\"en\""));
    assert_eq!(get(&r, "/events/no-such-event").await.status, 404);
    assert_eq!(get(&r, "/ar/events/no-such-event").await.status, 404);
    t.finish().await;
}

#[tokio::test]
async fn no_public_response_holds_a_join_link() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let slugs: Vec<(String,)> = sqlx::query_as("SELECT slug FROM events").fetch_all(&t.db.pool).await.unwrap();
    let mut addresses = vec!["/events".to_string(), "/events?when=past".into(), "/events.ics".into(), "/events.ics?when=past".into(), "/events?view=calendar".into()];
    for (slug,) in &slugs {
        for prefix in ["", "/ar"] {
            addresses.push(format!("{prefix}/events/{slug}"));
        }
        addresses.push(format!("/events/{slug}.ics"));
        addresses.push(format!("/api/event?slug={slug}&locale=en"));
    }
    addresses.push("/organisations/icsgp".into());
    addresses.push("/api/organisation-events?slug=icsgp&locale=en".into());
    for address in &addresses {
        let page = get(&r, address).await;
        assert_eq!(page.status, 200, "{address}");
        for secret in PRIVATE {
            assert!(!page.body.contains(secret), "{secret} in {address}");
        }
    }
    t.finish().await;
}

#[tokio::test]
async fn calendar_files_are_rfc_5545() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let file = get(&r, &format!("/events/{PAST_CALL}.ics")).await;
    assert_eq!(file.status, 200);
    assert!(file.header("content-type").starts_with("text/calendar"));
    let body = &file.body;
    assert!(body.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(body.contains("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n"));
    assert!(body.contains("DTSTART;TZID=America/New_York:20240317T100000\r\n"));
    assert!(body.contains("STATUS:CONFIRMED\r\n"));
    let uid = body.lines().find(|l| l.starts_with("UID:")).unwrap().to_string();
    assert!(uid.ends_with("@tadamun.test"), "{uid}");
    let again = get(&r, &format!("/events/{PAST_CALL}.ics")).await;
    assert!(again.body.contains(&uid), "the UID is stable");

    // A change bumps SEQUENCE; a cancelled event says so.
    sqlx::query("UPDATE events SET status = 'cancelled', sequence = sequence + 1 WHERE slug = $1")
        .bind(PAST_CALL)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let cancelled = get(&r, &format!("/events/{PAST_CALL}.ics")).await.body;
    assert!(cancelled.contains("STATUS:CANCELLED\r\nEND:VEVENT") && cancelled.contains("SEQUENCE:1\r\n"));

    let feed = get(&r, "/events.ics?kind=monthly_call").await.body;
    assert_eq!(feed.matches("BEGIN:VEVENT").count(), 3, "{feed}");
    assert!(feed.contains("TZID:Asia/Hebron"));
    assert_eq!(get(&r, "/events/nothing-here.ics").await.status, 404);
    t.finish().await;
}

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
    let event = get_with(&r, &format!("/events/{MONTHLY_CALL}"), Some(&cookie)).await.text();
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
async fn an_organisation_profile_lists_its_events() {
    let t = TestDb::with_demo().await;
    let page = get(&t.router(), "/organisations/ccivs").await.text();
    assert!(page.contains("Palestine Online Conference"), "past");
    assert!(page.contains("Palestine Solidarity Working Group: open meeting"), "upcoming");
    assert!(page.contains("/events?when=past&amp;organiser=ccivs") || page.contains("/events?when=past&organiser=ccivs"));
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

async fn add_members_named(t: &TestDb, name: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO users (email, display_name, created_at, email_verified_at) VALUES ($1, $2, 0, 0) RETURNING id",
    )
    .bind(format!("{name}@example.org"))
    .bind(name)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    id
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

#[tokio::test]
async fn a_series_is_one_calendar_entry_per_meeting() {
    let t = TestDb::with_demo().await;
    // Long lines are folded (CRLF and a space): unfold to read them.
    let ics = get(&t.router(), "/events/vica-training-2021.ics").await.body.replace("\r\n ", "");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 5, "{ics}");
    assert!(ics.contains("— Meeting 3") && ics.contains("DTSTART;TZID=Europe/Rome:20210617T160000"));
    let uids: std::collections::HashSet<&str> = ics.lines().filter(|l| l.starts_with("UID:")).collect();
    assert_eq!(uids.len(), 5, "each meeting has its own UID");
    t.finish().await;
}
