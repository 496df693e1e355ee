//! Events as the public sees them: the list and its filters, the calendar view, an event's
//! page, calendar files, and that no public response holds a join link. Runs on SQLite, and on
//! PostgreSQL with TEST_DATABASE_URL. (RSVPs: rsvps.rs.)

use crate::common::events::{add_event, test_event, PAST_CALL, PRIVATE};
use app::events::queries::organisation_events;
use app::i18n::Locale;
use app::organisations::queries::refresh_listings;
use crate::common::{get, TestDb};

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
    let french = get(&r, "/events?language=fr").await.text();
    assert!(french.contains("Palestine Solidarity Working Group") && !french.contains("Monthly call with Ras al-Auja"), "{french}");
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
async fn an_event_page_shows_its_programme_times_and_report_but_no_join_link() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let page = get(&r, &format!("/events/{PAST_CALL}")).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    for expected in [
        "Ajamu Baraka", "Moderator", "Fuad Abu Saifa", "17 March 2024, 10:00–12:00", "America/New_York (UTC-04:00)",
        "17 March 2024, 14:00–16:00", "the French translation begins about 50 minutes in", "application/ld+json",
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
    // The organisation is named as the directory names it in Arabic, in the bio too.
    assert!(arabic.text().contains("مدير اتحاد لجان العمل الزراعي"));
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
async fn an_organisation_profile_lists_its_events() {
    let t = TestDb::with_demo().await;
    let page = get(&t.router(), "/organisations/ccivs").await.text();
    assert!(page.contains("Palestine Online Conference"), "past");
    assert!(page.contains("Palestine Solidarity Working Group: open meeting"), "upcoming");
    assert!(page.contains("/events?when=past&amp;organiser=ccivs") || page.contains("/events?when=past&organiser=ccivs"));
    t.finish().await;
}

#[tokio::test]
async fn a_profiles_events_move_to_the_past_when_they_end() {
    let t = TestDb::with_demo().await;
    let mut event = test_event("ending-soon", None, 600);
    event.organisers = vec!["ccivs".into()];
    add_event(&t, &event).await;
    let now = app::now();
    let titles = |cards: &[app::events::EventCard]| cards.iter().map(|c| c.slug.clone()).collect::<Vec<_>>();
    let (upcoming, past) = organisation_events(&t.db, "ccivs", Locale::en, now, 5).await.unwrap();
    assert!(titles(&upcoming).contains(&"ending-soon".to_string()), "{:?}", titles(&upcoming));
    assert!(!titles(&past).contains(&"ending-soon".to_string()));
    // Two hours on, the same kept list puts it first among the past ones.
    let (upcoming, past) = organisation_events(&t.db, "ccivs", Locale::en, now + 7200, 5).await.unwrap();
    assert!(!titles(&upcoming).contains(&"ending-soon".to_string()));
    assert_eq!(titles(&past).first().map(String::as_str), Some("ending-soon"));
    assert!(past.len() <= 5 && upcoming.len() <= 5);
    t.finish().await;
}

#[tokio::test]
async fn an_organisations_new_name_shows_on_its_events_at_once() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    // Read first, so the event page and the profile's events are kept in memory.
    assert!(!get(&r, &format!("/events/{PAST_CALL}")).await.text().contains("Renamed Coalition"));
    get(&r, "/organisations/icsgp").await;
    let mut tx = t.db.begin_write().await.unwrap();
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM organisations WHERE slug = 'icsgp'").fetch_one(&mut **tx).await.unwrap();
    sqlx::query("UPDATE organisation_texts SET name = 'Renamed Coalition' WHERE organisation_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await
        .unwrap();
    refresh_listings(&mut tx, id).await.unwrap();
    tx.commit().await.unwrap();
    assert!(get(&r, &format!("/events/{PAST_CALL}")).await.text().contains("Renamed Coalition"));
    let (_, past) = organisation_events(&t.db, "icsgp", Locale::en, app::now(), 5).await.unwrap();
    assert!(past.iter().any(|c| c.organisers.iter().any(|o| o.name == "Renamed Coalition")));
    t.finish().await;
}

#[tokio::test]
async fn a_series_is_one_calendar_entry_per_meeting() {
    let t = TestDb::with_demo().await;
    // Long lines are folded (CRLF and a space): unfold to read them.
    let ics = get(&t.router(), "/events/vica-training-2021.ics").await.body.replace("\r\n ", "");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 5, "{ics}");
    assert!(ics.contains("(VICA) — 3/5") && ics.contains("DTSTART;TZID=Europe/Rome:20210617T160000"));
    let uids: std::collections::HashSet<&str> = ics.lines().filter(|l| l.starts_with("UID:")).collect();
    assert_eq!(uids.len(), 5, "each meeting has its own UID");
    t.finish().await;
}
