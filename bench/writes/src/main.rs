//! RSVPs per second through Tadamun's own write path (`app::events::queries::register`): the
//! event locked, a seat counted and taken (or the waitlist joined), a link and a mail queued,
//! and the transaction committed — on SQLite with `synchronous=FULL`, so each RSVP is on disk
//! before it counts. In-process, without HTTP, so the figure is the storage path's.
//! Usage: tadamun-rsvp-writes DATABASE_URL [SECONDS] [CONCURRENT]
// A benchmark: it prints its figures, and any failure ends the run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]
use app::db::Db;
use app::events::queries::{insert_event, register, Attendee, NewEvent};
use app::events::{EventFormat, EventKind, EventStatus};
use app::i18n::Locale;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const PEOPLE: usize = 60_000;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let url = args.next().unwrap_or_else(|| {
        eprintln!("usage: tadamun-rsvp-writes DATABASE_URL [SECONDS] [CONCURRENT]");
        std::process::exit(2)
    });
    let seconds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let concurrent: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(32);
    let db = Db::connect(&url, 16).await.expect("connect");
    db.migrate().await.expect("migrate");
    let now = app::now();
    let mut tx = db.begin_write().await.expect("begin");
    let event = NewEvent {
        slug: format!("bench-{now}"),
        kind: EventKind::Webinar,
        format: EventFormat::Online,
        status: EventStatus::Scheduled,
        starts_at: now + 30 * 86_400,
        ends_at: now + 30 * 86_400 + 7200,
        timezone: "Asia/Hebron".into(),
        postponed_from: None,
        venue: String::new(),
        city: String::new(),
        country: String::new(),
        original_language: "en".into(),
        languages: vec!["en".into()],
        // Half of a typical run is seated, the rest waits: both paths are measured.
        capacity: Some(2_500),
        rsvp_opens_at: None,
        rsvp_closes_at: None,
        join_url: "https://meet.example.org/bench".into(),
        attendance: None,
        texts: vec![app::events::queries::EventText::titled("en", "Benchmark webinar")],
        organisers: Vec::new(),
        themes: Vec::new(),
        speakers: Vec::new(),
        channels: Vec::new(),
        sessions: Vec::new(),
        recordings: Vec::new(),
    };
    insert_event(&mut tx, &event, now).await.expect("event");
    let mut ids = Vec::with_capacity(PEOPLE);
    for i in 0..PEOPLE {
        let (id,): (i64,) = sqlx::query_as("INSERT INTO users (email, display_name, created_at, email_verified_at) VALUES ($1, $2, 0, 0) RETURNING id")
            .bind(format!("bench-{now}-{i}@example.org"))
            .bind(format!("Person {i}"))
            .fetch_one(&mut **tx)
            .await
            .expect("user");
        ids.push(id);
    }
    tx.commit().await.expect("commit");

    let next = Arc::new(AtomicUsize::new(0));
    let ids = Arc::new(ids);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrent {
        let (db, next, ids, slug) = (db.clone(), next.clone(), ids.clone(), event.slug.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(&id) = ids.get(i) else { break };
                let attendee = Attendee { user_id: Some(id), email: format!("bench-{now}-{i}@example.org"), name: format!("Person {i}"), locale: Locale::en };
                let t = Instant::now();
                register(&db, &slug, &attendee, "", "http://bench.test", app::now()).await.expect("rsvp recorded");
                latencies.push(t.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("task"));
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort();
    let at = |q: f64| latencies.get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1))).map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    let (seated, waiting): (i64, i64) = sqlx::query_as(
        "SELECT SUM(CASE WHEN r.status = 'confirmed' THEN 1 ELSE 0 END), SUM(CASE WHEN r.status = 'waitlisted' THEN 1 ELSE 0 END) \
         FROM rsvps r JOIN events e ON e.id = r.event_id WHERE e.slug = $1",
    )
    .bind(&event.slug)
    .fetch_one(&db.pool)
    .await
    .expect("count");
    println!(
        "{:.0} {:.1} {:.1} {} {} {}",
        latencies.len() as f64 / elapsed,
        at(0.5),
        at(0.99),
        latencies.len(),
        seated,
        waiting
    );
}
