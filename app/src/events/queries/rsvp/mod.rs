//! RSVPs: taking a seat or a place on the waitlist, confirming a guest's address, cancelling
//! and promoting the next person. Every change runs in one write transaction that first locks
//! the event (SQLite: BEGIN IMMEDIATE; PostgreSQL: the event row FOR UPDATE), so seats are
//! counted and taken by one request at a time and never exceed the capacity; its mails are
//! queued in the same transaction, so an answer is only given once both are durable.
mod telling;

pub use telling::{send_due_reminders, tell_change, uid, EventChange};
pub(in crate::events) use telling::location;

use super::super::{EventFormat, EventStatus, MyRsvp, RsvpProblem, RsvpStatus, RsvpWindow};
use super::detail::window;
use telling::{channel, facts, issue_link, tell};
use crate::accounts::identity::{normalise_email, normalise_name};
use crate::accounts::tokens::digest;
use crate::db::{Backend, Db};
use crate::i18n::Locale;
use crate::locale;
use crate::mail::events::{render, RsvpMail};
use crate::mail::enqueue;
use sqlx::{Any, Transaction};

/// Who is RSVPing: a signed-in member (seated at once) or a guest (seated once the mailed
/// link is opened).
#[derive(Debug, Clone)]
pub struct Attendee {
    pub user_id: Option<i64>,
    pub email: String,
    pub name: String,
    pub locale: Locale,
}

/// Whose RSVP a change is about.
#[derive(Debug, Clone, Copy)]
pub enum Holder<'a> {
    Member { user_id: i64, event_slug: &'a str },
    /// Whoever holds a link mailed about the RSVP.
    Link(&'a str),
}

#[derive(sqlx::FromRow, Clone)]
pub(super) struct LockedEvent {
    pub(super) id: i64,
    pub(super) slug: String,
    pub(super) status: EventStatus,
    pub(super) format: EventFormat,
    pub(super) starts_at: i64,
    pub(super) ends_at: i64,
    pub(super) timezone: String,
    pub(super) capacity: Option<i64>,
    pub(super) rsvp_opens_at: Option<i64>,
    pub(super) rsvp_closes_at: Option<i64>,
    pub(super) join_url: String,
    pub(super) sequence: i64,
    pub(super) original_language: String,
    pub(super) venue: String,
    pub(super) city: String,
}

#[derive(sqlx::FromRow, Clone)]
pub(super) struct RsvpRow {
    pub(super) id: i64,
    pub(super) event_id: i64,
    pub(super) email: String,
    pub(super) name: String,
    pub(super) ui_language: String,
    pub(super) interpretation: String,
    pub(super) status: RsvpStatus,
}

const EVENT_COLUMNS: &str = "id, slug, status, format, starts_at, ends_at, timezone, capacity, rsvp_opens_at, \
    rsvp_closes_at, join_url, sequence, original_language, venue, city";
pub(super) const RSVP_COLUMNS: &str = "id, event_id, email, name, ui_language, interpretation, status";

pub(super) async fn lock_event(tx: &mut Transaction<'static, Any>, backend: Backend, column: &str, value: EventKey<'_>) -> Result<Option<LockedEvent>, sqlx::Error> {
    let lock = if backend == Backend::Postgres { " FOR UPDATE" } else { "" };
    let sql = format!("SELECT {EVENT_COLUMNS} FROM events WHERE {column} = $1{lock}");
    let query = sqlx::query_as(&sql);
    let query = match value {
        EventKey::Slug(s) => query.bind(s.to_string()),
        EventKey::Id(id) => query.bind(id),
    };
    query.fetch_optional(&mut **tx).await
}

pub(super) enum EventKey<'a> {
    Slug(&'a str),
    Id(i64),
}

async fn confirmed_count(tx: &mut Transaction<'static, Any>, event_id: i64) -> Result<i64, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM rsvps WHERE event_id = $1 AND status = 'confirmed'")
        .bind(event_id)
        .fetch_one(&mut **tx)
        .await?;
    Ok(n)
}

/// Whether RSVPs are taken now: Ok, or why not.
fn check_open(event: &LockedEvent, now: i64, full: bool) -> Result<(), RsvpProblem> {
    let status = event.status;
    match window(status, now, event.starts_at, event.ends_at, event.rsvp_opens_at, event.rsvp_closes_at, full) {
        RsvpWindow::Open | RsvpWindow::WaitlistOnly => Ok(()),
        RsvpWindow::NotYetOpen => Err(RsvpProblem::NotOpenYet),
        RsvpWindow::Closed => Err(RsvpProblem::Closed),
        RsvpWindow::Cancelled => Err(RsvpProblem::EventCancelled),
        RsvpWindow::Over => Err(RsvpProblem::EventOver),
    }
}

/// A seat if one is free, else the end of the waitlist.
async fn seat(tx: &mut Transaction<'static, Any>, event: &LockedEvent) -> Result<RsvpStatus, sqlx::Error> {
    Ok(match event.capacity {
        Some(capacity) if confirmed_count(tx, event.id).await? >= capacity => RsvpStatus::Waitlisted,
        _ => RsvpStatus::Confirmed,
    })
}

/// Records an RSVP. A member is seated (or waitlisted) at once; a guest is mailed a link to
/// confirm their address first. A guest always gets the same answer, whether or not the
/// address was registered already (that is told by mail), so the form reveals no attendee.
pub async fn register(
    db: &Db,
    event_slug: &str,
    attendee: &Attendee,
    interpretation: &str,
    public_url: &str,
    now: i64,
) -> Result<RsvpStatus, RsvpProblem> {
    let email = normalise_email(&attendee.email).ok_or(RsvpProblem::InvalidEmail)?;
    let name = if attendee.name.trim().is_empty() {
        String::new()
    } else {
        normalise_name(&attendee.name).ok_or(RsvpProblem::InvalidName)?
    };
    let mut tx = db.begin_write().await?;
    let event = lock_event(&mut tx, db.backend, "slug", EventKey::Slug(event_slug)).await?.ok_or(RsvpProblem::UnknownEvent)?;
    check_open(&event, now, false)?;
    if !interpretation.is_empty() {
        let offered: Option<(String,)> = sqlx::query_as("SELECT language FROM event_channels WHERE event_id = $1 AND language = $2")
            .bind(event.id)
            .bind(interpretation)
            .fetch_optional(&mut **tx)
            .await?;
        if offered.is_none() {
            return Err(RsvpProblem::UnknownInterpretation);
        }
    }
    let existing: Option<RsvpRow> = sqlx::query_as(&format!("SELECT {RSVP_COLUMNS} FROM rsvps WHERE event_id = $1 AND email = $2"))
        .bind(event.id)
        .bind(&email)
        .fetch_optional(&mut **tx)
        .await?;
    if let Some(row) = existing.as_ref().filter(|r| r.status != RsvpStatus::Cancelled) {
        if attendee.user_id.is_some() {
            return Err(RsvpProblem::AlreadyRegistered);
        }
        let manage = issue_link(&mut tx, row.id, &event.slug, attendee.locale, public_url, now).await?;
        let facts = facts(&mut tx, &event, attendee.locale, public_url).await?;
        let mail = render(attendee.locale, &email, &name, &facts, RsvpMail::AlreadyRegistered { manage });
        enqueue(&mut tx, &mail, now).await?;
        tx.commit().await?;
        return Ok(RsvpStatus::Pending);
    }
    let status = if attendee.user_id.is_some() { seat(&mut tx, &event).await? } else { RsvpStatus::Pending };
    let ui_language = locale::code(attendee.locale);
    let rsvp_id = match existing {
        Some(cancelled) => {
            sqlx::query(
                "UPDATE rsvps SET user_id = $1, name = $2, ui_language = $3, interpretation = $4, status = $5, \
                 queued_at = $6, updated_at = $6 WHERE id = $7",
            )
            .bind(attendee.user_id)
            .bind(&name)
            .bind(ui_language)
            .bind(interpretation)
            .bind(status.code())
            .bind(now)
            .bind(cancelled.id)
            .execute(&mut **tx)
            .await?;
            cancelled.id
        }
        None => {
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO rsvps (event_id, user_id, email, name, ui_language, interpretation, status, created_at, queued_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $8) RETURNING id",
            )
            .bind(event.id)
            .bind(attendee.user_id)
            .bind(&email)
            .bind(&name)
            .bind(ui_language)
            .bind(interpretation)
            .bind(status.code())
            .bind(now)
            .fetch_one(&mut **tx)
            .await?;
            id
        }
    };
    let row = RsvpRow {
        id: rsvp_id,
        event_id: event.id,
        email,
        name,
        ui_language: ui_language.to_string(),
        interpretation: interpretation.to_string(),
        status,
    };
    tell(&mut tx, &event, &row, status, false, public_url, now).await?;
    tx.commit().await?;
    Ok(status)
}

/// A guest opened their link and confirmed: they take a seat, or join the waitlist. Confirming
/// twice changes nothing.
pub async fn confirm_guest(db: &Db, token: &str, public_url: &str, now: i64) -> Result<RsvpStatus, RsvpProblem> {
    let mut tx = db.begin_write().await?;
    let row = rsvp_by_link(&mut tx, token).await?.ok_or(RsvpProblem::LinkUnknown)?;
    let event = lock_event(&mut tx, db.backend, "id", EventKey::Id(row.event_id)).await?.ok_or(RsvpProblem::UnknownEvent)?;
    let current = row.status;
    if current != RsvpStatus::Pending {
        return Ok(current);
    }
    check_open(&event, now, false)?;
    let status = seat(&mut tx, &event).await?;
    sqlx::query("UPDATE rsvps SET status = $1, queued_at = $2, updated_at = $2 WHERE id = $3")
        .bind(status.code())
        .bind(now)
        .bind(row.id)
        .execute(&mut **tx)
        .await?;
    tell(&mut tx, &event, &row, status, false, public_url, now).await?;
    tx.commit().await?;
    Ok(status)
}

/// Cancels an RSVP. A freed seat goes to the first on the waitlist, who is told by mail.
/// Returns the slug of the event.
pub async fn cancel(db: &Db, holder: Holder<'_>, public_url: &str, now: i64) -> Result<String, RsvpProblem> {
    let mut tx = db.begin_write().await?;
    let row = holders_rsvp(&mut tx, holder).await?;
    let event = lock_event(&mut tx, db.backend, "id", EventKey::Id(row.event_id)).await?.ok_or(RsvpProblem::UnknownEvent)?;
    if row.status == RsvpStatus::Cancelled {
        return Err(RsvpProblem::NotRegistered);
    }
    sqlx::query("UPDATE rsvps SET status = 'cancelled', updated_at = $1 WHERE id = $2")
        .bind(now)
        .bind(row.id)
        .execute(&mut **tx)
        .await?;
    if row.status == RsvpStatus::Confirmed && now < event.ends_at && event.status != EventStatus::Cancelled {
        promote(&mut tx, &event, public_url, now).await?;
    }
    tx.commit().await?;
    Ok(event.slug)
}

/// Seats people from the waitlist, in the order they joined it, while seats are free.
async fn promote(tx: &mut Transaction<'static, Any>, event: &LockedEvent, public_url: &str, now: i64) -> Result<(), RsvpProblem> {
    let Some(capacity) = event.capacity else { return Ok(()) };
    let mut free = capacity - confirmed_count(tx, event.id).await?;
    while free > 0 {
        let next: Option<RsvpRow> = sqlx::query_as(&format!(
            "SELECT {RSVP_COLUMNS} FROM rsvps WHERE event_id = $1 AND status = 'waitlisted' ORDER BY queued_at, id LIMIT 1"
        ))
        .bind(event.id)
        .fetch_optional(&mut **tx)
        .await?;
        let Some(next) = next else { break };
        sqlx::query("UPDATE rsvps SET status = 'confirmed', updated_at = $1 WHERE id = $2")
            .bind(now)
            .bind(next.id)
            .execute(&mut **tx)
            .await?;
        tell(tx, event, &next, RsvpStatus::Confirmed, true, public_url, now).await?;
        free -= 1;
    }
    Ok(())
}

async fn rsvp_by_link(tx: &mut Transaction<'static, Any>, token: &str) -> Result<Option<RsvpRow>, sqlx::Error> {
    let token = token.trim();
    if token.is_empty() || token.len() > 128 {
        return Ok(None);
    }
    sqlx::query_as(&format!(
        "SELECT {RSVP_COLUMNS} FROM rsvps WHERE id = (SELECT rsvp_id FROM rsvp_links WHERE token_hash = $1)"
    ))
    .bind(digest(&token.to_ascii_lowercase()))
    .fetch_optional(&mut **tx)
    .await
}

async fn holders_rsvp(tx: &mut Transaction<'static, Any>, holder: Holder<'_>) -> Result<RsvpRow, RsvpProblem> {
    match holder {
        Holder::Link(token) => rsvp_by_link(tx, token).await?.ok_or(RsvpProblem::LinkUnknown),
        Holder::Member { user_id, event_slug } => sqlx::query_as(&format!(
            "SELECT {RSVP_COLUMNS} FROM rsvps WHERE user_id = $1 AND event_id = (SELECT id FROM events WHERE slug = $2)"
        ))
        .bind(user_id)
        .bind(event_slug)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(RsvpProblem::NotRegistered),
    }
}
/// 1-based place of `rsvp_id` on its event's waitlist.
pub(super) async fn waitlist_position(tx: &mut Transaction<'static, Any>, event_id: i64, rsvp_id: i64) -> Result<i64, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM rsvps w, rsvps me WHERE me.id = $2 AND w.event_id = $1 AND w.status = 'waitlisted' \
         AND (w.queued_at < me.queued_at OR (w.queued_at = me.queued_at AND w.id <= me.id))",
    )
    .bind(event_id)
    .bind(rsvp_id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(n)
}

/// The holder's RSVP to the event, with the join details once confirmed.
pub async fn my_rsvp(db: &Db, holder: Holder<'_>) -> Result<Option<(String, MyRsvp)>, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let row = match holders_rsvp(&mut tx, holder).await {
        Ok(row) => row,
        Err(_) => return Ok(None),
    };
    let (slug, join_url): (String, String) = sqlx::query_as("SELECT slug, join_url FROM events WHERE id = $1")
        .bind(row.event_id)
        .fetch_one(&mut *tx)
        .await?;
    let status = row.status;
    let confirmed = status == RsvpStatus::Confirmed;
    let waitlist_position = if status == RsvpStatus::Waitlisted { Some(waitlist_position(&mut tx, row.event_id, row.id).await?) } else { None };
    let channel = if confirmed { channel(&mut tx, row.event_id, &row.interpretation).await?.map(|c| c.1) } else { None };
    tx.commit().await?;
    Ok(Some((
        slug,
        MyRsvp {
            status,
            interpretation: row.interpretation,
            waitlist_position,
            join_url: confirmed.then_some(join_url).filter(|u| !u.is_empty()),
            channel,
        },
    )))
}
