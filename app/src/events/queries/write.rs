//! Recording events (by the seeders now, by the editors' forms later).
use super::super::{time, EventFormat, EventKind, EventStatus, SpeakerRole};
use crate::db::{bump_revision, Scope};
use crate::organisations::queries::organisation_id;
use crate::organisations::Theme;
use sqlx::{Any, Transaction};

#[derive(Debug, Clone)]
pub struct NewSpeaker {
    pub name: String,
    pub affiliation: String,
    pub role: SpeakerRole,
    /// (language, bio)
    pub bios: Vec<(String, String)>,
}

/// An event's text in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct EventText {
    pub language: String,
    pub title: String,
    pub summary: String,
    /// Markdown.
    pub description: String,
    /// Markdown: what happened, written after the event.
    pub report: String,
    /// The funding line.
    pub funding: String,
}

impl EventText {
    /// A text with a title alone.
    pub fn titled(language: &str, title: &str) -> EventText {
        EventText { language: language.into(), title: title.into(), ..EventText::default() }
    }
}

#[derive(Debug, Clone)]
pub struct NewEvent {
    pub slug: String,
    pub kind: EventKind,
    pub format: EventFormat,
    pub status: EventStatus,
    pub starts_at: i64,
    pub ends_at: i64,
    pub timezone: String,
    pub postponed_from: Option<i64>,
    pub venue: String,
    pub city: String,
    pub country: String,
    pub original_language: String,
    pub languages: Vec<String>,
    pub capacity: Option<i64>,
    pub rsvp_opens_at: Option<i64>,
    pub rsvp_closes_at: Option<i64>,
    pub join_url: String,
    pub attendance: Option<i64>,
    pub texts: Vec<EventText>,
    /// Slugs of organising organisations, in order.
    pub organisers: Vec<String>,
    pub themes: Vec<Theme>,
    pub speakers: Vec<NewSpeaker>,
    /// (language, how to join it)
    pub channels: Vec<(String, String)>,
    /// (title, starts_at, ends_at) of each meeting of a series.
    pub sessions: Vec<(String, i64, i64)>,
    /// (language, url, start offset in seconds)
    pub recordings: Vec<(String, String, i64)>,
}

#[derive(Debug, thiserror::Error)]
pub enum EventWriteError {
    #[error("the event has no text in its original language {0}")]
    MissingOriginalText(String),
    #[error("the event ends before it starts")]
    EndsBeforeStart,
    #[error("unknown time zone {0}")]
    UnknownTimezone(String),
    #[error("no organisation has the slug {0}")]
    UnknownOrganiser(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

fn check(event: &NewEvent) -> Result<(), EventWriteError> {
    if !event.texts.iter().any(|t| t.language == event.original_language) {
        return Err(EventWriteError::MissingOriginalText(event.original_language.clone()));
    }
    if event.ends_at < event.starts_at {
        return Err(EventWriteError::EndsBeforeStart);
    }
    if time::zone(&event.timezone).is_none() {
        return Err(EventWriteError::UnknownTimezone(event.timezone.clone()));
    }
    Ok(())
}

pub async fn insert_event(tx: &mut Transaction<'static, Any>, event: &NewEvent, now: i64) -> Result<i64, EventWriteError> {
    check(event)?;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO events (slug, kind, format, status, starts_at, ends_at, timezone, postponed_from, venue, city, \
         country, original_language, languages, capacity, rsvp_opens_at, rsvp_closes_at, join_url, attendance, \
         created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19) RETURNING id",
    )
    .bind(&event.slug)
    .bind(event.kind.code())
    .bind(event.format.code())
    .bind(event.status.code())
    .bind(event.starts_at)
    .bind(event.ends_at)
    .bind(&event.timezone)
    .bind(event.postponed_from)
    .bind(&event.venue)
    .bind(&event.city)
    .bind(&event.country)
    .bind(&event.original_language)
    .bind(event.languages.join(" "))
    .bind(event.capacity)
    .bind(event.rsvp_opens_at)
    .bind(event.rsvp_closes_at)
    .bind(&event.join_url)
    .bind(event.attendance)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    insert_children(tx, id, event).await?;
    bump_revision(tx, Scope::Events).await?;
    Ok(id)
}

/// Texts, organisers, themes, speakers, channels, sessions and recordings of event `id`.
async fn insert_children(tx: &mut Transaction<'static, Any>, id: i64, event: &NewEvent) -> Result<(), EventWriteError> {
    for EventText { language, title, summary, description, report, funding } in &event.texts {
        sqlx::query(
            "INSERT INTO event_texts (event_id, language, title, summary, description, report, funding) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(language)
        .bind(title)
        .bind(summary)
        .bind(description)
        .bind(report)
        .bind(funding)
        .execute(&mut **tx)
        .await?;
    }
    for (position, slug) in event.organisers.iter().enumerate() {
        let organisation_id = organisation_id(tx, slug).await?.ok_or_else(|| EventWriteError::UnknownOrganiser(slug.clone()))?;
        sqlx::query("INSERT INTO event_organisers (event_id, organisation_id, position) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(organisation_id)
            .bind(position as i64)
            .execute(&mut **tx)
            .await?;
    }
    for theme in &event.themes {
        sqlx::query("INSERT INTO event_themes (event_id, theme) VALUES ($1, $2)")
            .bind(id)
            .bind(theme.code())
            .execute(&mut **tx)
            .await?;
    }
    for (position, speaker) in event.speakers.iter().enumerate() {
        let (speaker_id,): (i64,) = sqlx::query_as(
            "INSERT INTO event_speakers (event_id, position, name, affiliation, role) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(id)
        .bind(position as i64)
        .bind(&speaker.name)
        .bind(&speaker.affiliation)
        .bind(speaker.role.code())
        .fetch_one(&mut **tx)
        .await?;
        for (language, bio) in &speaker.bios {
            sqlx::query("INSERT INTO event_speaker_bios (speaker_id, language, bio) VALUES ($1, $2, $3)")
                .bind(speaker_id)
                .bind(language)
                .bind(bio)
                .execute(&mut **tx)
                .await?;
        }
    }
    for (language, join_info) in &event.channels {
        sqlx::query("INSERT INTO event_channels (event_id, language, join_info) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(language)
            .bind(join_info)
            .execute(&mut **tx)
            .await?;
    }
    for (position, (title, starts_at, ends_at)) in event.sessions.iter().enumerate() {
        sqlx::query("INSERT INTO event_sessions (event_id, position, starts_at, ends_at, title) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(position as i64)
            .bind(starts_at)
            .bind(ends_at)
            .bind(title)
            .execute(&mut **tx)
            .await?;
    }
    for (language, url, offset) in &event.recordings {
        sqlx::query("INSERT INTO event_recordings (event_id, language, url, start_offset_seconds) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(language)
            .bind(url)
            .bind(offset)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Replaces event `id` with `event` (its slug may change), bumping its calendar SEQUENCE.
pub async fn update_event(tx: &mut Transaction<'static, Any>, id: i64, event: &NewEvent, now: i64) -> Result<(), EventWriteError> {
    check(event)?;
    sqlx::query(
        "UPDATE events SET slug = $1, kind = $2, format = $3, status = $4, starts_at = $5, ends_at = $6, timezone = $7, \
         postponed_from = $8, venue = $9, city = $10, country = $11, original_language = $12, languages = $13, capacity = $14, \
         rsvp_opens_at = $15, rsvp_closes_at = $16, join_url = $17, attendance = $18, updated_at = $19, sequence = sequence + 1 \
         WHERE id = $20",
    )
    .bind(&event.slug)
    .bind(event.kind.code())
    .bind(event.format.code())
    .bind(event.status.code())
    .bind(event.starts_at)
    .bind(event.ends_at)
    .bind(&event.timezone)
    .bind(event.postponed_from)
    .bind(&event.venue)
    .bind(&event.city)
    .bind(&event.country)
    .bind(&event.original_language)
    .bind(event.languages.join(" "))
    .bind(event.capacity)
    .bind(event.rsvp_opens_at)
    .bind(event.rsvp_closes_at)
    .bind(&event.join_url)
    .bind(event.attendance)
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    for table in ["event_texts", "event_organisers", "event_themes", "event_speakers", "event_channels", "event_sessions", "event_recordings"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE event_id = $1")).bind(id).execute(&mut **tx).await?;
    }
    insert_children(tx, id, event).await?;
    bump_revision(tx, Scope::Events).await?;
    Ok(())
}

/// An event as recorded, with its id, in the shape it is written in (to fill the editor).
pub async fn load_event(db: &crate::db::Db, slug: &str) -> Result<Option<(i64, NewEvent)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        slug: String,
        kind: EventKind,
        format: EventFormat,
        status: EventStatus,
        starts_at: i64,
        ends_at: i64,
        timezone: String,
        postponed_from: Option<i64>,
        venue: String,
        city: String,
        country: String,
        original_language: String,
        languages: String,
        capacity: Option<i64>,
        rsvp_opens_at: Option<i64>,
        rsvp_closes_at: Option<i64>,
        join_url: String,
        attendance: Option<i64>,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, slug, kind, format, status, starts_at, ends_at, timezone, postponed_from, venue, city, country, \
         original_language, languages, capacity, rsvp_opens_at, rsvp_closes_at, join_url, attendance FROM events WHERE slug = $1",
    )
    .bind(slug)
    .fetch_optional(&db.pool)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let texts: Vec<EventText> = sqlx::query_as(
        "SELECT language, title, summary, description, report, funding FROM event_texts WHERE event_id = $1 ORDER BY language",
    )
    .bind(r.id)
    .fetch_all(&db.pool)
    .await?;
    let organisers: Vec<(String,)> = sqlx::query_as(
        "SELECT o.slug FROM event_organisers eo JOIN organisations o ON o.id = eo.organisation_id WHERE eo.event_id = $1 ORDER BY eo.position",
    )
    .bind(r.id)
    .fetch_all(&db.pool)
    .await?;
    let themes: Vec<(String,)> = sqlx::query_as("SELECT theme FROM event_themes WHERE event_id = $1 ORDER BY theme").bind(r.id).fetch_all(&db.pool).await?;
    let speaker_rows: Vec<(i64, String, String, String)> =
        sqlx::query_as("SELECT id, name, affiliation, role FROM event_speakers WHERE event_id = $1 ORDER BY position, id")
            .bind(r.id)
            .fetch_all(&db.pool)
            .await?;
    let mut speakers = Vec::new();
    for (speaker_id, name, affiliation, role) in speaker_rows {
        let bios: Vec<(String, String)> = sqlx::query_as("SELECT language, bio FROM event_speaker_bios WHERE speaker_id = $1 ORDER BY language")
            .bind(speaker_id)
            .fetch_all(&db.pool)
            .await?;
        speakers.push(NewSpeaker { name, affiliation, role: crate::db::decode(role)?, bios });
    }
    let channels: Vec<(String, String)> =
        sqlx::query_as("SELECT language, join_info FROM event_channels WHERE event_id = $1 ORDER BY language").bind(r.id).fetch_all(&db.pool).await?;
    let sessions: Vec<(String, i64, i64)> =
        sqlx::query_as("SELECT title, starts_at, ends_at FROM event_sessions WHERE event_id = $1 ORDER BY position").bind(r.id).fetch_all(&db.pool).await?;
    let recordings: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT language, url, start_offset_seconds FROM event_recordings WHERE event_id = $1 ORDER BY language",
    )
    .bind(r.id)
    .fetch_all(&db.pool)
    .await?;
    Ok(Some((
        r.id,
        NewEvent {
            slug: r.slug,
            kind: r.kind,
            format: r.format,
            status: r.status,
            starts_at: r.starts_at,
            ends_at: r.ends_at,
            timezone: r.timezone,
            postponed_from: r.postponed_from,
            venue: r.venue,
            city: r.city,
            country: r.country,
            original_language: r.original_language,
            languages: r.languages.split_whitespace().map(str::to_string).collect(),
            capacity: r.capacity,
            rsvp_opens_at: r.rsvp_opens_at,
            rsvp_closes_at: r.rsvp_closes_at,
            join_url: r.join_url,
            attendance: r.attendance,
            texts,
            organisers: organisers.into_iter().map(|(s,)| s).collect(),
            themes: themes.into_iter().map(|(t,)| crate::db::decode(t)).collect::<Result<_, _>>()?,
            speakers,
            channels,
            sessions,
            recordings,
        },
    )))
}
