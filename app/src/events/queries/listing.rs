//! Pages of the events list, and the events an organisation organises.
use super::super::filter::{EventsFilter, When};
use super::super::{time, EventCard, EventFormat, EventKind, EventStatus, Organiser, RsvpStatus};
use crate::db::{Db, Scope, Where};
use crate::i18n::Locale;
use crate::locale;
use crate::organisations::countries;
use std::collections::HashMap;

/// The events filter as a WHERE clause over `events e`, its arguments numbered from `$first`.
fn clause(filter: &EventsFilter, now: i64, first: usize) -> Where {
    let mut w = Where::new(first);
    match filter.month {
        // A month shows all its events, over or not.
        Some(month) => {
            let next = month.next();
            w.and(time::month_start(month.year, month.month), |p| format!("e.starts_at >= {p}"));
            w.and(time::month_start(next.year, next.month), |p| format!("e.starts_at < {p}"));
        }
        None => {
            let op = if filter.when == When::Past { "<" } else { ">=" };
            w.and(now, |p| format!("e.ends_at {op} {p}"));
        }
    }
    if let Some(kind) = filter.kind {
        w.and(kind.code(), |p| format!("e.kind = {p}"));
    }
    if let Some(format) = filter.format {
        w.and(format.code(), |p| format!("e.format = {p}"));
    }
    if let Some(language) = &filter.language {
        // Languages are space separated codes; padding both sides matches whole codes.
        w.and(format!("% {language} %"), |p| format!("(' ' || e.languages || ' ') LIKE {p}"));
    }
    if let Some(organiser) = &filter.organiser {
        w.and(organiser.as_str(), |p| {
            format!(
                "EXISTS (SELECT 1 FROM event_organisers eo JOIN organisations o ON o.id = eo.organisation_id \
                 WHERE eo.event_id = e.id AND o.slug = {p})"
            )
        });
    }
    if let Some(theme) = filter.theme {
        w.and(theme.code(), |p| format!("EXISTS (SELECT 1 FROM event_themes t WHERE t.event_id = e.id AND t.theme = {p})"));
    }
    w
}

#[derive(sqlx::FromRow)]
pub(super) struct CardRow {
    pub id: i64,
    pub slug: String,
    pub kind: EventKind,
    pub format: EventFormat,
    pub status: EventStatus,
    pub starts_at: i64,
    pub ends_at: i64,
    pub timezone: String,
    pub city: String,
    pub country: String,
    pub languages: String,
    pub original_language: String,
    pub title: String,
    pub summary: String,
    pub translated: i64,
}

/// The card's columns, the event's text in `$1` falling back to its original language.
pub(super) const CARD_SELECT: &str = "SELECT e.id, e.slug, e.kind, e.format, e.status, e.starts_at, e.ends_at, \
    e.timezone, e.city, e.country, e.languages, e.original_language, \
    COALESCE(t.title, o.title) AS title, COALESCE(t.summary, o.summary) AS summary, \
    CASE WHEN t.event_id IS NULL THEN 0 ELSE 1 END AS translated \
    FROM events e JOIN event_texts o ON o.event_id = e.id AND o.language = e.original_language \
    LEFT JOIN event_texts t ON t.event_id = e.id AND t.language = $1";

impl CardRow {
    pub(super) fn into_card(self, ui: Locale, organisers: Vec<Organiser>) -> EventCard {
        let tz = time::zone(&self.timezone).unwrap_or(chrono_tz::Tz::UTC);
        let place = if self.city.is_empty() && self.country.is_empty() {
            String::new()
        } else if self.country.is_empty() {
            self.city.clone()
        } else {
            let country = countries::name(&self.country, ui);
            if self.city.is_empty() { country } else { locale::join_list(ui, &[self.city.clone(), country]) }
        };
        EventCard {
            when: time::span(ui, self.starts_at, self.ends_at, tz),
            kind: self.kind,
            format: self.format,
            status: self.status,
            fallback_language: (self.translated == 0).then(|| self.original_language.clone()),
            languages: self.languages.split_whitespace().map(str::to_string).collect(),
            timezone: self.timezone,
            slug: self.slug,
            title: self.title,
            summary: self.summary,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            place,
            organisers,
        }
    }
}

/// One page of events, their total, and the organisers the filter offers.
/// `page_size` is `EVENTS_PAGE_SIZE` for the list, larger for a month's calendar.
pub async fn events_page(db: &Db, filter: &EventsFilter, ui: Locale, now: i64, page_size: u32) -> Result<(Vec<EventCard>, i64), sqlx::Error> {
    let order = if filter.when == When::Past && filter.month.is_none() { "DESC" } else { "ASC" };
    let count = clause(filter, now, 1);
    let count_sql = format!("SELECT COUNT(*) FROM events e WHERE {}", count.sql());
    let (total,): (i64,) = count.bind_as(sqlx::query_as(&count_sql)).fetch_one(&db.pool).await?;
    // `$1` is the reader's language (`CARD_SELECT`).
    let mut page = clause(filter, now, 2);
    let limit = page.arg(i64::from(page_size));
    let offset = page.arg(i64::from(filter.page.saturating_sub(1)) * i64::from(page_size));
    let sql = format!("{CARD_SELECT} WHERE {} ORDER BY e.starts_at {order}, e.id {order} LIMIT {limit} OFFSET {offset}", page.sql());
    let rows: Vec<CardRow> = page.bind_as(sqlx::query_as(&sql).bind(locale::code(ui))).fetch_all(&db.pool).await?;
    Ok((cards(db, rows, ui).await?, total))
}

/// Cards for rows, with each event's organisers.
pub(super) async fn cards(db: &Db, rows: Vec<CardRow>, ui: Locale) -> Result<Vec<EventCard>, sqlx::Error> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let mut events = Where::new(1);
    events.and_in("event_id", &rows.iter().map(|r| r.id).collect::<Vec<_>>());
    let sql = format!("SELECT event_id, organisation_id FROM event_organisers WHERE {} ORDER BY event_id, position", events.sql());
    let pairs: Vec<(i64, i64)> = events.bind_as(sqlx::query_as(&sql)).fetch_all(&db.pool).await?;
    let names = organisation_names(db, pairs.iter().map(|p| p.1), ui).await?;
    let links = pairs.into_iter().filter_map(|(event_id, organisation)| names.get(&organisation).map(|(slug, name, _)| (event_id, slug.clone(), name.clone())));
    let mut by_event: HashMap<i64, Vec<Organiser>> = HashMap::new();
    for (event_id, slug, name) in links {
        by_event.entry(event_id).or_default().push(Organiser { slug, name });
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let organisers = by_event.remove(&row.id).unwrap_or_default();
            row.into_card(ui, organisers)
        })
        .collect())
}

/// Every organisation that organises an event, for the organiser filter.
pub async fn organiser_options(db: &Db, ui: Locale) -> Result<Vec<Organiser>, sqlx::Error> {
    let ids: Vec<(i64,)> = sqlx::query_as("SELECT DISTINCT organisation_id FROM event_organisers").fetch_all(&db.pool).await?;
    let mut found: Vec<(String, String, String)> = organisation_names(db, ids.into_iter().map(|(id,)| id), ui).await?.into_values().collect();
    found.sort_by(|a, b| a.2.cmp(&b.2));
    Ok(found.into_iter().map(|(slug, name, _)| Organiser { slug, name }).collect())
}

/// Slug, name in `ui` (with the directory's fallback) and sort key of the given organisations.
/// Looked up by id first: joined the other way, SQLite walks every listing of the language.
async fn organisation_names(db: &Db, ids: impl Iterator<Item = i64>, ui: Locale) -> Result<HashMap<i64, (String, String, String)>, sqlx::Error> {
    let mut ids: Vec<i64> = ids.collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    // `$1` is the reader's language.
    let mut organisations = Where::new(2);
    organisations.and_in("l.organisation_id", &ids);
    let sql = format!(
        "SELECT o.id, o.slug, l.name, l.sort_key FROM organisation_listings l JOIN organisations o ON o.id = l.organisation_id \
         WHERE {} AND l.locale = $1",
        organisations.sql()
    );
    let rows: Vec<(i64, String, String, String)> =
        organisations.bind_as(sqlx::query_as(&sql).bind(locale::code(ui))).fetch_all(&db.pool).await?;
    Ok(rows.into_iter().map(|(id, slug, name, sort_key)| (id, (slug, name, sort_key))).collect())
}

/// Events a profile lists of each kind; the rest are one click away in the filtered list.
pub const PROFILE_EVENTS: usize = 5;

/// The next `limit` events an organisation organises and its last `limit` past ones. Its
/// events are kept per instance (a profile shows them on every visit) and split at `now`.
pub async fn organisation_events(
    db: &Db,
    organisation_slug: &str,
    ui: Locale,
    now: i64,
    limit: usize,
) -> Result<(Vec<EventCard>, Vec<EventCard>), sqlx::Error> {
    let key = format!("organisation events {ui:?} {organisation_slug:?}");
    let all: Vec<EventCard> = db.cached(Scope::Events, key, || all_organisation_events(db, organisation_slug, ui)).await?;
    // `all` is in order of start; an event is to come until it ends.
    let upcoming = all.iter().filter(|c| c.ends_at >= now).take(limit).cloned().collect();
    let past = all.iter().rev().filter(|c| c.ends_at < now).take(limit).cloned().collect();
    Ok((upcoming, past))
}

/// Every event (up to a bound no organisation nears) an organisation organises, by start.
async fn all_organisation_events(db: &Db, organisation_slug: &str, ui: Locale) -> Result<Vec<EventCard>, sqlx::Error> {
    const BOUND: i64 = 2000;
    let rows: Vec<CardRow> = sqlx::query_as(&format!(
        "{CARD_SELECT} WHERE EXISTS (SELECT 1 FROM event_organisers eo \
         JOIN organisations g ON g.id = eo.organisation_id WHERE eo.event_id = e.id AND g.slug = $2) \
         ORDER BY e.starts_at, e.id LIMIT $3"
    ))
    .bind(locale::code(ui))
    .bind(organisation_slug)
    .bind(BOUND)
    .fetch_all(&db.pool)
    .await?;
    cards(db, rows, ui).await
}

#[derive(sqlx::FromRow)]
struct CalendarRow {
    id: i64,
    slug: String,
    status: EventStatus,
    format: EventFormat,
    starts_at: i64,
    ends_at: i64,
    timezone: String,
    venue: String,
    city: String,
    sequence: i64,
    title: String,
    summary: String,
}

/// Public calendar entries (no join link) for the events `filter` selects, or for one `slug`.
pub async fn calendar_entries(
    db: &Db,
    filter: &EventsFilter,
    slug: Option<&str>,
    ui: Locale,
    public_url: &str,
    now: i64,
) -> Result<Vec<super::super::ical::Entry>, sqlx::Error> {
    const LIMIT: i64 = 500;
    // `$1` is the reader's language.
    let mut clause = match slug {
        // One event's file holds it whatever its date.
        Some(slug) => {
            let mut one = Where::new(2);
            one.and(slug, |p| format!("e.slug = {p}"));
            one
        }
        None => clause(filter, now, 2),
    };
    let limit = clause.arg(LIMIT);
    let sql = format!(
        "SELECT e.id, e.slug, e.status, e.format, e.starts_at, e.ends_at, e.timezone, e.venue, e.city, e.sequence, \
         COALESCE(t.title, o.title) AS title, COALESCE(t.summary, o.summary) AS summary \
         FROM events e JOIN event_texts o ON o.event_id = e.id AND o.language = e.original_language \
         LEFT JOIN event_texts t ON t.event_id = e.id AND t.language = $1 \
         WHERE {} ORDER BY e.starts_at, e.id LIMIT {limit}",
        clause.sql()
    );
    let rows: Vec<CalendarRow> = clause.bind_as(sqlx::query_as(&sql).bind(locale::code(ui))).fetch_all(&db.pool).await?;
    // A series is one entry per meeting, so calendars show the meetings, not one long block.
    let mut sessions: HashMap<i64, Vec<(i64, String, i64, i64)>> = HashMap::new();
    if !rows.is_empty() {
        let mut events = Where::new(1);
        events.and_in("event_id", &rows.iter().map(|r| r.id).collect::<Vec<_>>());
        let sql = format!("SELECT event_id, position, title, starts_at, ends_at FROM event_sessions WHERE {} ORDER BY event_id, position", events.sql());
        let found: Vec<(i64, i64, String, i64, i64)> = events.bind_as(sqlx::query_as(&sql)).fetch_all(&db.pool).await?;
        for (event_id, position, title, starts_at, ends_at) in found {
            sessions.entry(event_id).or_default().push((position, title, starts_at, ends_at));
        }
    }
    let mut entries = Vec::new();
    for r in rows {
        let url = format!("{public_url}{}", locale::localise_path(ui, &format!("/events/{}", r.slug)));
        let location = super::rsvp::location(r.format == EventFormat::Online, &url, &r.venue, &r.city);
        let entry = super::super::ical::Entry {
            uid: super::uid(r.id, public_url),
            sequence: r.sequence,
            starts_at: r.starts_at,
            ends_at: r.ends_at,
            timezone: r.timezone,
            title: r.title,
            description: if r.summary.is_empty() { url.clone() } else { format!("{}\n\n{url}", r.summary) },
            location,
            url,
            cancelled: r.status == EventStatus::Cancelled,
        };
        match sessions.remove(&r.id) {
            Some(meetings) => entries.extend(meetings.into_iter().map(|(position, title, starts_at, ends_at)| super::super::ical::Entry {
                uid: entry.uid.replacen('@', &format!("-{position}@"), 1),
                title: if title.is_empty() { entry.title.clone() } else { format!("{} — {title}", entry.title) },
                starts_at,
                ends_at,
                ..entry.clone()
            })),
            None => entries.push(entry),
        }
    }
    Ok(entries)
}

/// A member's RSVPs that stand (not cancelled), with their events: upcoming first (soonest
/// first), then past (latest first).
pub async fn member_rsvps(db: &Db, user_id: i64, ui: Locale, now: i64) -> Result<Vec<(EventCard, RsvpStatus)>, sqlx::Error> {
    let mine: Vec<(i64, String)> =
        sqlx::query_as("SELECT event_id, status FROM rsvps WHERE user_id = $1 AND status <> 'cancelled' ORDER BY id DESC LIMIT 200")
            .bind(user_id)
            .fetch_all(&db.pool)
            .await?;
    if mine.is_empty() {
        return Ok(Vec::new());
    }
    // `$1` is the reader's language (`CARD_SELECT`).
    let mut events = Where::new(2);
    events.and_in("e.id", &mine.iter().map(|(id, _)| *id).collect::<Vec<_>>());
    let sql = format!("{CARD_SELECT} WHERE {} ORDER BY e.starts_at, e.id", events.sql());
    let rows: Vec<CardRow> = events.bind_as(sqlx::query_as(&sql).bind(locale::code(ui))).fetch_all(&db.pool).await?;
    let statuses: HashMap<i64, RsvpStatus> = mine.into_iter().map(|(id, status)| Ok((id, crate::db::decode(status)?))).collect::<Result<_, sqlx::Error>>()?;
    let ids_in_order: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let cards = cards(db, rows, ui).await?;
    let (mut upcoming, mut past): (Vec<_>, Vec<_>) = cards
        .into_iter()
        .zip(ids_in_order)
        .filter_map(|(card, id)| statuses.get(&id).map(|status| (card, *status)))
        .partition(|(card, _)| card.ends_at >= now);
    past.reverse();
    upcoming.append(&mut past);
    Ok(upcoming)
}
