//! Events for the tests of events and RSVPs: demo slugs, a test event, members.
use super::TestDb;
use app::events::queries::{insert_event, Attendee, NewEvent};
use app::events::{EventFormat, EventKind, EventStatus};
use app::i18n::Locale;

pub const PAST_CALL: &str = "icsgp-global-call-2024-03";
pub const SMALL_MEETING: &str = "ccivs-working-group-open-meeting";
pub const MONTHLY_CALL: &str = "ras-al-auja-monthly-call-1";
/// What only confirmed attendees may see: the join links and the interpretation channels.
pub const PRIVATE: [&str; 3] = ["meet.example.org", "interpretation menu", "Consecutive interpretation"];

pub fn test_event(slug: &str, capacity: Option<i64>, starts_in: i64) -> NewEvent {
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
        texts: vec![app::events::queries::EventText::titled("en", &format!("Test event {slug}"))],
        organisers: Vec::new(),
        themes: Vec::new(),
        speakers: Vec::new(),
        channels: vec![("ar".into(), "Arabic: choose it in the interpretation menu".into())],
        sessions: Vec::new(),
        recordings: Vec::new(),
    }
}

pub async fn add_event(t: &TestDb, event: &NewEvent) {
    let mut tx = t.db.begin_write().await.unwrap();
    insert_event(&mut tx, event, app::now()).await.expect("insert event");
    tx.commit().await.unwrap();
}

pub async fn add_members(t: &TestDb, n: usize) -> Vec<i64> {
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

pub fn member(id: i64, i: usize) -> Attendee {
    Attendee { user_id: Some(id), email: format!("member{i}@example.org"), name: format!("Member {i}"), locale: Locale::en }
}

pub async fn statuses(t: &TestDb, slug: &str) -> Vec<(String, String)> {
    sqlx::query_as(
        "SELECT r.email, r.status FROM rsvps r JOIN events e ON e.id = r.event_id WHERE e.slug = $1 ORDER BY r.id",
    )
    .bind(slug)
    .fetch_all(&t.db.pool)
    .await
    .unwrap()
}

pub async fn count_with(t: &TestDb, slug: &str, status: &str) -> usize {
    statuses(t, slug).await.iter().filter(|(_, s)| s == status).count()
}

pub async fn add_members_named(t: &TestDb, name: &str) -> i64 {
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
