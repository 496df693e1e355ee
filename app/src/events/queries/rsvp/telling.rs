//! What an RSVP's holder is told, and when: the mails about their RSVP (with a fresh link and,
//! once they have a place, the join details and calendar entry), the reminders before the
//! event, and the notices after an edit. Every mail is queued in the caller's transaction.
use super::{lock_event, waitlist_position, EventKey, LockedEvent, RsvpRow, RSVP_COLUMNS};
use crate::accounts::tokens::digest;
use crate::db::{Backend, Db};
use crate::events::{ical, time, EventFormat, EventStatus, RsvpStatus};
use crate::i18n::Locale;
use crate::locale::{self, localise_path};
use crate::mail::enqueue;
use crate::mail::events::{render, EventFacts, RsvpMail};
use sqlx::{Any, Transaction};

/// A new link to the RSVP's page, as mailed: `https://…/ar/events/{slug}/rsvp?token=…`.
pub(super) async fn issue_link(
    tx: &mut Transaction<'static, Any>,
    rsvp_id: i64,
    event_slug: &str,
    locale: Locale,
    public_url: &str,
    now: i64,
) -> Result<String, sqlx::Error> {
    let token: String = rand::random::<[u8; 32]>().iter().map(|b| format!("{b:02x}")).collect();
    sqlx::query("INSERT INTO rsvp_links (token_hash, rsvp_id, created_at) VALUES ($1, $2, $3)")
        .bind(digest(&token))
        .bind(rsvp_id)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(format!("{public_url}{}?token={token}", localise_path(locale, &format!("/events/{event_slug}/rsvp"))))
}

/// The event's title (in `locale`, else its original language), time and address.
pub(super) async fn facts(tx: &mut Transaction<'static, Any>, event: &LockedEvent, locale: Locale, public_url: &str) -> Result<EventFacts, sqlx::Error> {
    let titles: Vec<(String, String)> = sqlx::query_as("SELECT language, title FROM event_texts WHERE event_id = $1 AND (language = $2 OR language = $3)")
        .bind(event.id)
        .bind(locale::code(locale))
        .bind(&event.original_language)
        .fetch_all(&mut **tx)
        .await?;
    let title = titles
        .iter()
        .find(|t| t.0 == locale::code(locale))
        .or(titles.first())
        .map(|t| t.1.clone())
        .unwrap_or_default();
    let tz = time::zone(&event.timezone).unwrap_or(chrono_tz::Tz::UTC);
    let span = time::span(locale, event.starts_at, event.ends_at, tz);
    Ok(EventFacts {
        title,
        when: format!("{} — {}", span.text, span.zone),
        page: format!("{public_url}{}", localise_path(locale, &format!("/events/{}", event.slug))),
    })
}

/// Queues the mail that tells `row`'s holder where their RSVP now stands.
pub(super) async fn tell(
    tx: &mut Transaction<'static, Any>,
    event: &LockedEvent,
    row: &RsvpRow,
    status: RsvpStatus,
    promoted: bool,
    public_url: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let locale = locale::from_code(&row.ui_language).unwrap_or(Locale::en);
    let manage = issue_link(tx, row.id, &event.slug, locale, public_url, now).await?;
    let facts = facts(tx, event, locale, public_url).await?;
    let mail = match status {
        RsvpStatus::Pending => RsvpMail::ConfirmGuest { link: manage },
        RsvpStatus::Waitlisted => RsvpMail::Waitlisted { manage, position: waitlist_position(tx, event.id, row.id).await? },
        RsvpStatus::Confirmed => {
            let channel = channel(tx, event.id, &row.interpretation).await?;
            let calendar = attendee_calendar(event, &facts, public_url, now);
            let join_url = event.join_url.clone();
            if promoted {
                RsvpMail::Promoted { manage, join_url, channel, calendar }
            } else {
                RsvpMail::Confirmed { manage, join_url, channel, calendar }
            }
        }
        RsvpStatus::Cancelled => return Ok(()),
    };
    enqueue(tx, &render(locale, &row.email, &row.name, &facts, mail), now).await?;
    Ok(())
}

pub(super) async fn channel(tx: &mut Transaction<'static, Any>, event_id: i64, language: &str) -> Result<Option<(String, String)>, sqlx::Error> {
    if language.is_empty() {
        return Ok(None);
    }
    let row: Option<(String,)> = sqlx::query_as("SELECT join_info FROM event_channels WHERE event_id = $1 AND language = $2")
        .bind(event_id)
        .bind(language)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|(info,)| (language.to_string(), info)))
}

/// The calendar entry attached for an attendee: the only one that holds the join link.
fn attendee_calendar(event: &LockedEvent, facts: &EventFacts, public_url: &str, now: i64) -> String {
    let online = event.format == EventFormat::Online;
    let location = location(online, &event.join_url, &event.venue, &event.city);
    let entry = ical::Entry {
        uid: uid(event.id, public_url),
        sequence: event.sequence,
        starts_at: event.starts_at,
        ends_at: event.ends_at,
        timezone: event.timezone.clone(),
        title: facts.title.clone(),
        description: [facts.page.as_str(), event.join_url.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join("\n"),
        location,
        url: facts.page.clone(),
        cancelled: event.status == EventStatus::Cancelled,
    };
    ical::calendar(&facts.title, &[entry], now)
}

/// A calendar entry's LOCATION: the address to join an online event (the join link for an
/// attendee, the event's page for the public), else the venue and city.
pub(in crate::events) fn location(online: bool, address: &str, venue: &str, city: &str) -> String {
    if online {
        address.to_string()
    } else {
        [venue, city].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(", ")
    }
}

/// The calendar UID of an event: the same in every feed and mail, for its whole life.
pub fn uid(event_id: i64, public_url: &str) -> String {
    let host = public_url.split("://").nth(1).unwrap_or(public_url).split('/').next().unwrap_or("tadamun");
    format!("event-{event_id}@{host}")
}

/// The reminders, and how long before the start each is sent.
const REMINDERS: [(&str, i64); 2] = [("day", 24 * 3600), ("hour", 3600)];

/// Queues the reminders due at `now` to confirmed attendees, each once however many instances
/// run this at the same time: a reminder is recorded (primary key: RSVP and kind) in the
/// transaction that queues its mail, and whoever records it second records nothing. Someone
/// who registered after a reminder's time does not get it. Returns how many were queued.
pub async fn send_due_reminders(db: &Db, public_url: &str, now: i64) -> Result<usize, sqlx::Error> {
    let mut queued = 0;
    for (i, (kind, before)) in REMINDERS.iter().enumerate() {
        // Not the day's reminder once the hour's is due.
        let later = REMINDERS.get(i + 1).map_or(0, |r| r.1);
        let due: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT r.id, r.event_id FROM rsvps r JOIN events e ON e.id = r.event_id \
             WHERE r.status = 'confirmed' AND e.status <> 'cancelled' \
             AND e.starts_at - $2 <= $1 AND e.starts_at - $4 > $1 AND r.updated_at <= e.starts_at - $2 \
             AND NOT EXISTS (SELECT 1 FROM event_reminders m WHERE m.rsvp_id = r.id AND m.kind = $3) \
             ORDER BY r.id LIMIT 500",
        )
        .bind(now)
        .bind(before)
        .bind(kind)
        .bind(later)
        .fetch_all(&db.pool)
        .await?;
        for (rsvp_id, event_id) in due {
            let mut tx = db.begin_write().await?;
            let recorded = sqlx::query("INSERT INTO event_reminders (rsvp_id, kind, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                .bind(rsvp_id)
                .bind(kind)
                .bind(now)
                .execute(&mut **tx)
                .await?
                .rows_affected();
            if recorded == 0 {
                continue;
            }
            let row: Option<RsvpRow> = sqlx::query_as(&format!("SELECT {RSVP_COLUMNS} FROM rsvps WHERE id = $1 AND status = 'confirmed'"))
                .bind(rsvp_id)
                .fetch_optional(&mut **tx)
                .await?;
            let event = lock_event(&mut tx, db.backend, "id", EventKey::Id(event_id)).await?;
            let (Some(row), Some(event)) = (row, event) else { continue };
            let locale = locale::from_code(&row.ui_language).unwrap_or(Locale::en);
            let manage = issue_link(&mut tx, row.id, &event.slug, locale, public_url, now).await?;
            let facts = facts(&mut tx, &event, locale, public_url).await?;
            let channel = channel(&mut tx, event.id, &row.interpretation).await?;
            let mail = RsvpMail::Reminder { hours: before / 3600, manage, join_url: event.join_url.clone(), channel };
            enqueue(&mut tx, &render(locale, &row.email, &row.name, &facts, mail), now).await?;
            tx.commit().await?;
            queued += 1;
        }
    }
    Ok(queued)
}

/// What the people registered are told after an edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventChange {
    Cancelled,
    /// New times, or postponed.
    Rescheduled,
    /// Anything else the organisers chose to tell.
    Updated,
    /// After the event: the recordings and the report.
    FollowUp,
}

/// Queues the notice of `change` to everyone registered or waiting (for a follow-up: to those
/// who had a place), each in their language, in the caller's transaction. Returns how many.
pub async fn tell_change(
    tx: &mut Transaction<'static, Any>,
    backend: Backend,
    event_id: i64,
    change: EventChange,
    public_url: &str,
    now: i64,
) -> Result<usize, sqlx::Error> {
    let Some(event) = lock_event(tx, backend, "id", EventKey::Id(event_id)).await? else { return Ok(0) };
    let statuses = if change == EventChange::FollowUp { "('confirmed')" } else { "('confirmed', 'waitlisted')" };
    let rows: Vec<RsvpRow> = sqlx::query_as(&format!("SELECT {RSVP_COLUMNS} FROM rsvps WHERE event_id = $1 AND status IN {statuses} ORDER BY id"))
        .bind(event_id)
        .fetch_all(&mut **tx)
        .await?;
    let recordings: Vec<(String, String, i64)> =
        sqlx::query_as("SELECT language, url, start_offset_seconds FROM event_recordings WHERE event_id = $1 ORDER BY language")
            .bind(event_id)
            .fetch_all(&mut **tx)
            .await?;
    for row in &rows {
        let locale = locale::from_code(&row.ui_language).unwrap_or(Locale::en);
        let manage = issue_link(tx, row.id, &event.slug, locale, public_url, now).await?;
        let facts = facts(tx, &event, locale, public_url).await?;
        let calendar = if change == EventChange::FollowUp { String::new() } else { attendee_calendar(&event, &facts, public_url, now) };
        let mail = match change {
            EventChange::Cancelled => RsvpMail::Cancelled { calendar },
            EventChange::Rescheduled => RsvpMail::Rescheduled { manage, calendar },
            EventChange::Updated => RsvpMail::Updated { manage, calendar },
            EventChange::FollowUp => RsvpMail::FollowUp { recordings: recordings.clone() },
        };
        enqueue(tx, &render(locale, &row.email, &row.name, &facts, mail), now).await?;
    }
    Ok(rows.len())
}
