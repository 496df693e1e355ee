//! Recording an action with its texts, organisers, related events, themes and reported counts.
use super::super::{is_partial_date, ActionKind, ActionStatus, ActionText, ReportedCount, Signatories};
use crate::db::{bump_revision, Scope};
use crate::events::time;
use crate::organisations::queries::organisation_id;
use crate::organisations::Theme;
use sqlx::{Any, Transaction};

/// An action as it is first recorded (by the demo loader now, by the action form later).
#[derive(Debug, Clone)]
pub struct NewAction {
    pub slug: String,
    pub kind: ActionKind,
    pub status: ActionStatus,
    pub signatories: Signatories,
    pub opens_at: Option<i64>,
    pub closes_at: Option<i64>,
    pub timezone: String,
    pub goal: Option<i64>,
    /// For a statement: "2023-11", "2023-11-24", or "" when not known.
    pub adopted_on: String,
    pub original_language: String,
    pub texts: Vec<ActionText>,
    /// Slugs of the organising organisations, in order.
    pub organisers: Vec<String>,
    /// Slugs of related events.
    pub events: Vec<String>,
    pub themes: Vec<Theme>,
    pub reported: Vec<ReportedCount>,
}

#[derive(Debug, thiserror::Error)]
pub enum ActionWriteError {
    #[error("the action has no text in its original language {0}")]
    MissingOriginalText(String),
    #[error("the action closes before it opens")]
    ClosesBeforeOpens,
    #[error("unknown time zone {0}")]
    UnknownTimezone(String),
    #[error("“{0}” is not a month (2023-11) or a day (2023-11-24)")]
    NotADate(String),
    #[error("a goal or a reported count below zero")]
    Negative,
    #[error("no organisation has the slug {0}")]
    UnknownOrganiser(String),
    #[error("no event has the slug {0}")]
    UnknownEvent(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

fn check(action: &NewAction) -> Result<(), ActionWriteError> {
    if !action.texts.iter().any(|t| t.language == action.original_language) {
        return Err(ActionWriteError::MissingOriginalText(action.original_language.clone()));
    }
    if let (Some(opens), Some(closes)) = (action.opens_at, action.closes_at) {
        if closes < opens {
            return Err(ActionWriteError::ClosesBeforeOpens);
        }
    }
    if time::zone(&action.timezone).is_none() {
        return Err(ActionWriteError::UnknownTimezone(action.timezone.clone()));
    }
    if !is_partial_date(&action.adopted_on) {
        return Err(ActionWriteError::NotADate(action.adopted_on.clone()));
    }
    let negative_count = action.reported.iter().flat_map(|r| [r.signatures, r.organisations, r.countries]).any(|n| n < 0);
    if action.goal.is_some_and(|g| g < 0) || negative_count {
        return Err(ActionWriteError::Negative);
    }
    Ok(())
}

pub async fn insert_action(tx: &mut Transaction<'static, Any>, action: &NewAction, now: i64) -> Result<i64, ActionWriteError> {
    check(action)?;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO actions (slug, kind, status, signatories, opens_at, closes_at, timezone, goal, adopted_on, \
         original_language, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(&action.slug)
    .bind(action.kind.code())
    .bind(action.status.code())
    .bind(action.signatories.code())
    .bind(action.opens_at)
    .bind(action.closes_at)
    .bind(&action.timezone)
    .bind(action.goal)
    .bind(&action.adopted_on)
    .bind(&action.original_language)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    insert_children(tx, id, action).await?;
    for r in &action.reported {
        sqlx::query(
            "INSERT INTO action_reported_counts (action_id, signatures, organisations, countries, wording, language, source, \
             source_url, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(id)
        .bind(r.signatures)
        .bind(r.organisations)
        .bind(r.countries)
        .bind(&r.wording)
        .bind(&r.language)
        .bind(&r.source)
        .bind(&r.source_url)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    bump_revision(tx, Scope::Actions).await?;
    Ok(id)
}

/// The texts, organisers, related events and themes of action `id`.
async fn insert_children(tx: &mut Transaction<'static, Any>, id: i64, action: &NewAction) -> Result<(), ActionWriteError> {
    for ActionText { language, title, summary, body, target, adopted_by } in &action.texts {
        sqlx::query(
            "INSERT INTO action_texts (action_id, language, title, summary, body, target, adopted_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(language)
        .bind(title)
        .bind(summary)
        .bind(body)
        .bind(target)
        .bind(adopted_by)
        .execute(&mut **tx)
        .await?;
    }
    for (position, slug) in action.organisers.iter().enumerate() {
        let organisation_id = organisation_id(tx, slug).await?.ok_or_else(|| ActionWriteError::UnknownOrganiser(slug.clone()))?;
        sqlx::query("INSERT INTO action_organisers (action_id, organisation_id, position) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(organisation_id)
            .bind(position as i64)
            .execute(&mut **tx)
            .await?;
    }
    for slug in &action.events {
        let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM events WHERE slug = $1").bind(slug).fetch_optional(&mut **tx).await?;
        let (event_id,) = found.ok_or_else(|| ActionWriteError::UnknownEvent(slug.clone()))?;
        sqlx::query("INSERT INTO action_events (action_id, event_id) VALUES ($1, $2)").bind(id).bind(event_id).execute(&mut **tx).await?;
    }
    for theme in &action.themes {
        sqlx::query("INSERT INTO action_themes (action_id, theme) VALUES ($1, $2)").bind(id).bind(theme.code()).execute(&mut **tx).await?;
    }
    Ok(())
}

/// Replaces action `id` with `action`: its row, texts, organisers, related events and themes.
/// Its signatures and the counts reported from elsewhere are kept (they are not the form's).
pub async fn update_action(tx: &mut Transaction<'static, Any>, id: i64, action: &NewAction, now: i64) -> Result<(), ActionWriteError> {
    check(action)?;
    sqlx::query(
        "UPDATE actions SET slug = $1, kind = $2, status = $3, signatories = $4, opens_at = $5, closes_at = $6, timezone = $7, \
         goal = $8, adopted_on = $9, original_language = $10, updated_at = $11 WHERE id = $12",
    )
    .bind(&action.slug)
    .bind(action.kind.code())
    .bind(action.status.code())
    .bind(action.signatories.code())
    .bind(action.opens_at)
    .bind(action.closes_at)
    .bind(&action.timezone)
    .bind(action.goal)
    .bind(&action.adopted_on)
    .bind(&action.original_language)
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    for table in ["action_texts", "action_organisers", "action_events", "action_themes"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE action_id = $1")).bind(id).execute(&mut **tx).await?;
    }
    insert_children(tx, id, action).await?;
    bump_revision(tx, Scope::Actions).await?;
    Ok(())
}

/// The action `slug` as the form edits it (its reported counts left out), with its id.
pub async fn load_action(db: &crate::db::Db, slug: &str) -> Result<Option<(i64, NewAction)>, sqlx::Error> {
    type Row = (i64, String, ActionKind, ActionStatus, Signatories, Option<i64>, Option<i64>, String, Option<i64>, String, String);
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, slug, kind, status, signatories, opens_at, closes_at, timezone, goal, adopted_on, original_language FROM actions WHERE slug = $1",
    )
    .bind(slug)
    .fetch_optional(&db.pool)
    .await?;
    let Some((id, slug, kind, status, signatories, opens_at, closes_at, timezone, goal, adopted_on, original_language)) = row else { return Ok(None) };
    let texts: Vec<(String, String, String, String, String, String)> =
        sqlx::query_as("SELECT language, title, summary, body, target, adopted_by FROM action_texts WHERE action_id = $1 ORDER BY language")
            .bind(id)
            .fetch_all(&db.pool)
            .await?;
    let organisers: Vec<(String,)> = sqlx::query_as(
        "SELECT o.slug FROM action_organisers ao JOIN organisations o ON o.id = ao.organisation_id WHERE ao.action_id = $1 ORDER BY ao.position",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?;
    let events: Vec<(String,)> =
        sqlx::query_as("SELECT e.slug FROM action_events ae JOIN events e ON e.id = ae.event_id WHERE ae.action_id = $1 ORDER BY e.starts_at, e.id")
            .bind(id)
            .fetch_all(&db.pool)
            .await?;
    let themes: Vec<(String,)> = sqlx::query_as("SELECT theme FROM action_themes WHERE action_id = $1 ORDER BY theme").bind(id).fetch_all(&db.pool).await?;
    Ok(Some((
        id,
        NewAction {
            slug,
            kind,
            status,
            signatories,
            opens_at,
            closes_at,
            timezone,
            goal,
            adopted_on,
            original_language,
            texts: texts
                .into_iter()
                .map(|(language, title, summary, body, target, adopted_by)| ActionText { language, title, summary, body, target, adopted_by })
                .collect(),
            organisers: organisers.into_iter().map(|(s,)| s).collect(),
            events: events.into_iter().map(|(s,)| s).collect(),
            themes: themes.into_iter().filter_map(|(t,)| Theme::from_code(&t)).collect(),
            reported: Vec::new(),
        },
    )))
}
