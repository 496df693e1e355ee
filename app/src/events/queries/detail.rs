//! One event with its speakers, sessions, interpretation languages, recordings and seat counts.
use super::super::{markdown, time, EventDetail, EventStatus, Recording, RsvpWindow, SeriesSession, Speaker, SpeakerRole};
use super::listing::{cards, CardRow, CARD_SELECT};
use crate::db::{Db, Scope};
use crate::i18n::Locale;
use crate::locale;
use crate::organisations::Theme;

/// What an event's page shows that changes only when the event is edited; kept per instance.
#[derive(Clone)]
struct Stable {
    id: i64,
    detail: EventDetail,
    capacity: Option<i64>,
    rsvp_opens_at: Option<i64>,
    rsvp_closes_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct ExtraRow {
    timezone: String,
    postponed_from: Option<i64>,
    venue: String,
    capacity: Option<i64>,
    rsvp_opens_at: Option<i64>,
    rsvp_closes_at: Option<i64>,
    attendance: Option<i64>,
    description: String,
    report: String,
    funding: String,
}

/// The event's page for `ui` at `now`, or None for an unknown slug.
pub async fn event_detail(db: &Db, slug: &str, ui: Locale, now: i64) -> Result<Option<EventDetail>, sqlx::Error> {
    let stable = db.cached(Scope::Events, format!("event {ui:?} {slug:?}"), || load(db, slug, ui)).await?;
    let Some(stable) = stable else { return Ok(None) };
    let (confirmed, waitlisted) = seat_counts(db, stable.id).await?;
    let mut detail = stable.detail;
    detail.confirmed = confirmed;
    detail.waitlisted = waitlisted;
    detail.rsvp = window(
        detail.card.status,
        now,
        detail.card.starts_at,
        detail.card.ends_at,
        stable.rsvp_opens_at,
        stable.rsvp_closes_at,
        stable.capacity.is_some_and(|c| confirmed >= c),
    );
    Ok(Some(detail))
}

/// Whether RSVPs are taken at `now`. Without a closing time they close when the event starts.
pub fn window(
    status: EventStatus,
    now: i64,
    starts_at: i64,
    ends_at: i64,
    opens_at: Option<i64>,
    closes_at: Option<i64>,
    full: bool,
) -> RsvpWindow {
    if status == EventStatus::Cancelled {
        RsvpWindow::Cancelled
    } else if now >= ends_at {
        RsvpWindow::Over
    } else if opens_at.is_some_and(|t| now < t) {
        RsvpWindow::NotYetOpen
    } else if now >= closes_at.unwrap_or(starts_at) {
        RsvpWindow::Closed
    } else if full {
        RsvpWindow::WaitlistOnly
    } else {
        RsvpWindow::Open
    }
}

pub async fn seat_counts(db: &Db, event_id: i64) -> Result<(i64, i64), sqlx::Error> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT status, COUNT(*) FROM rsvps WHERE event_id = $1 AND status IN ('confirmed', 'waitlisted') GROUP BY status",
    )
    .bind(event_id)
    .fetch_all(&db.pool)
    .await?;
    let count = |s: &str| rows.iter().find(|r| r.0 == s).map_or(0, |r| r.1);
    Ok((count("confirmed"), count("waitlisted")))
}

async fn load(db: &Db, slug: &str, ui: Locale) -> Result<Option<Stable>, sqlx::Error> {
    let code = locale::code(ui);
    let row: Option<CardRow> = sqlx::query_as(&format!("{CARD_SELECT} WHERE e.slug = $2"))
        .bind(code)
        .bind(slug)
        .fetch_optional(&db.pool)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let id = row.id;
    let card = cards(db, vec![row], ui).await?.pop().ok_or(sqlx::Error::RowNotFound)?;
    let extra: ExtraRow = sqlx::query_as(
        "SELECT e.timezone, e.postponed_from, e.venue, e.capacity, e.rsvp_opens_at, e.rsvp_closes_at, e.attendance, \
         COALESCE(t.description, o.description) AS description, COALESCE(t.report, o.report) AS report, \
         COALESCE(t.funding, o.funding) AS funding \
         FROM events e JOIN event_texts o ON o.event_id = e.id AND o.language = e.original_language \
         LEFT JOIN event_texts t ON t.event_id = e.id AND t.language = $1 WHERE e.id = $2",
    )
    .bind(code)
    .bind(id)
    .fetch_one(&db.pool)
    .await?;
    let tz = time::zone(&extra.timezone).unwrap_or(chrono_tz::Tz::UTC);

    let themes: Vec<(String,)> = sqlx::query_as("SELECT theme FROM event_themes WHERE event_id = $1 ORDER BY theme")
        .bind(id)
        .fetch_all(&db.pool)
        .await?;
    let speaker_rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT id, name, affiliation, role FROM event_speakers WHERE event_id = $1 ORDER BY position, id",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?;
    let bios: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT b.speaker_id, b.language, b.bio FROM event_speaker_bios b \
         JOIN event_speakers s ON s.id = b.speaker_id WHERE s.event_id = $1",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?;
    let speakers = speaker_rows
        .into_iter()
        .map(|(speaker_id, name, affiliation, role)| -> Result<Speaker, sqlx::Error> {
            let mine: Vec<&(i64, String, String)> = bios.iter().filter(|b| b.0 == speaker_id).collect();
            let (bio, bio_language) = match mine.iter().find(|b| b.1 == code) {
                Some(b) => (b.2.clone(), None),
                None => mine.first().map_or((String::new(), None), |b| (b.2.clone(), Some(b.1.clone()))),
            };
            Ok(Speaker { name, affiliation, role: crate::db::decode::<SpeakerRole>(role)?, bio, bio_language })
        })
        .collect::<Result<_, _>>()?;
    let sessions: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT title, starts_at, ends_at FROM event_sessions WHERE event_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?;
    let interpretation: Vec<(String,)> = sqlx::query_as("SELECT language FROM event_channels WHERE event_id = $1 ORDER BY language")
        .bind(id)
        .fetch_all(&db.pool)
        .await?;
    let recordings: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT language, url, start_offset_seconds FROM event_recordings WHERE event_id = $1 ORDER BY language",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?;

    let detail = EventDetail {
        description_html: markdown::to_safe_html(&extra.description),
        report_html: markdown::to_safe_html(&extra.report),
        funding: extra.funding,
        timezone: extra.timezone.clone(),
        utc: time::span(ui, card.starts_at, card.ends_at, chrono_tz::Tz::UTC),
        viewer: None,
        postponed_from: extra.postponed_from.map(|t| time::span(ui, t, t, tz)),
        venue: extra.venue,
        themes: themes.iter().filter_map(|(t,)| Theme::from_code(t)).collect(),
        speakers,
        sessions: sessions
            .into_iter()
            .map(|(title, starts_at, ends_at)| SeriesSession { title, when: time::span(ui, starts_at, ends_at, tz) })
            .collect(),
        interpretation: interpretation.into_iter().map(|(l,)| l).collect(),
        recordings: recordings
            .into_iter()
            .map(|(language, url, start_offset_seconds)| Recording { language, url, start_offset_seconds })
            .collect(),
        capacity: extra.capacity,
        confirmed: 0,
        waitlisted: 0,
        attendance: extra.attendance,
        rsvp: RsvpWindow::Closed,
        rsvp_closes: extra.rsvp_closes_at.map(|t| time::span(ui, t, t, tz)),
        json_ld: String::new(),
        card,
    };
    Ok(Some(Stable {
        id,
        detail,
        capacity: extra.capacity,
        rsvp_opens_at: extra.rsvp_opens_at,
        rsvp_closes_at: extra.rsvp_closes_at,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rsvp_window() {
        use EventStatus::*;
        let w = |status, now, opens, closes, full| window(status, now, 100, 200, opens, closes, full);
        assert_eq!(w(Scheduled, 50, None, None, false), RsvpWindow::Open);
        assert_eq!(w(Scheduled, 50, None, None, true), RsvpWindow::WaitlistOnly);
        assert_eq!(w(Scheduled, 50, Some(60), None, false), RsvpWindow::NotYetOpen);
        assert_eq!(w(Scheduled, 70, None, Some(60), false), RsvpWindow::Closed);
        assert_eq!(w(Scheduled, 150, None, None, false), RsvpWindow::Closed);
        assert_eq!(w(Postponed, 150, None, Some(180), false), RsvpWindow::Open);
        assert_eq!(w(Scheduled, 200, None, None, false), RsvpWindow::Over);
        assert_eq!(w(Cancelled, 50, None, None, false), RsvpWindow::Cancelled);
    }
}
