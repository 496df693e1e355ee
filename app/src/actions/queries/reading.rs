//! Actions as the public reads them: the list, one action's page, its figures and the signers
//! who agreed to be named. The texts are kept per instance until an action is edited; the
//! figures and signers are read live (the page cache keeps them at most its few seconds).
use super::super::{ActionCard, ActionDetail, ActionKind, ActionStatus, Figures, PublicSigner, ReportedCount, SignatoryKind, SignerPage, Signatories, SIGNERS_PAGE_SIZE};
use crate::db::{Db, Scope};
use crate::events::{markdown, time, Organiser};
use crate::i18n::Locale;
use crate::locale;
use crate::organisations::{countries, Theme};

#[derive(sqlx::FromRow, Clone)]
struct ActionRow {
    id: i64,
    slug: String,
    kind: ActionKind,
    status: ActionStatus,
    signatories: Signatories,
    opens_at: Option<i64>,
    closes_at: Option<i64>,
    timezone: String,
    goal: Option<i64>,
    adopted_on: String,
    original_language: String,
    updated_at: i64,
}

#[derive(sqlx::FromRow)]
struct TextRow {
    language: String,
    title: String,
    summary: String,
    body: String,
    target: String,
    adopted_by: String,
}

const ACTION_SELECT: &str =
    "SELECT id, slug, kind, status, signatories, opens_at, closes_at, timezone, goal, adopted_on, original_language, updated_at FROM actions";

/// What an action's page shows that changes only when the action is edited.
#[derive(Clone)]
struct Stable {
    id: i64,
    opens_at: Option<i64>,
    closes_at: Option<i64>,
    detail: ActionDetail,
}

/// Every action, open ones first (soonest deadline first), then closed and achieved ones
/// (latest first), in `ui`. Kept per instance until an action changes; lists and feeds
/// narrow it (`ActionsFilter::admits`).
pub async fn action_cards(db: &Db, ui: Locale) -> Result<Vec<ActionCard>, sqlx::Error> {
    db.cached(Scope::Actions, format!("actions {ui:?}"), || all_cards(db, ui)).await
}

async fn all_cards(db: &Db, ui: Locale) -> Result<Vec<ActionCard>, sqlx::Error> {
    let rows: Vec<ActionRow> = sqlx::query_as(&format!(
        "{ACTION_SELECT} ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, \
         CASE WHEN status = 'open' THEN COALESCE(closes_at, 9223372036854775807) ELSE -COALESCE(closes_at, created_at) END, id"
    ))
    .fetch_all(&db.pool)
    .await?;
    let mut cards = Vec::with_capacity(rows.len());
    for row in rows {
        let (text, _) = text(db, &row, ui).await?;
        cards.push(card(db, &row, &text, ui).await?);
    }
    Ok(cards)
}

/// The action's text in `ui`, else in its original language.
async fn text(db: &Db, row: &ActionRow, ui: Locale) -> Result<(TextRow, Option<String>), sqlx::Error> {
    let code = locale::code(ui);
    let mut texts: Vec<TextRow> = sqlx::query_as(
        "SELECT language, title, summary, body, target, adopted_by FROM action_texts WHERE action_id = $1 AND (language = $2 OR language = $3)",
    )
    .bind(row.id)
    .bind(code)
    .bind(&row.original_language)
    .fetch_all(&db.pool)
    .await?;
    texts.sort_by_key(|t| t.language != code);
    let text = texts.into_iter().next().ok_or(sqlx::Error::RowNotFound)?;
    let fallback = (text.language != code).then(|| text.language.clone());
    Ok((text, fallback))
}

async fn card(db: &Db, row: &ActionRow, text: &TextRow, ui: Locale) -> Result<ActionCard, sqlx::Error> {
    let organisers: Vec<(String, String)> = sqlx::query_as(
        "SELECT o.slug, l.name FROM action_organisers ao JOIN organisations o ON o.id = ao.organisation_id \
         JOIN organisation_listings l ON l.organisation_id = o.id AND l.locale = $2 WHERE ao.action_id = $1 ORDER BY ao.position",
    )
    .bind(row.id)
    .bind(locale::code(ui))
    .fetch_all(&db.pool)
    .await?;
    let themes: Vec<(String,)> = sqlx::query_as("SELECT theme FROM action_themes WHERE action_id = $1 ORDER BY theme").bind(row.id).fetch_all(&db.pool).await?;
    let languages: Vec<(String,)> =
        sqlx::query_as("SELECT language FROM action_texts WHERE action_id = $1 ORDER BY language").bind(row.id).fetch_all(&db.pool).await?;
    let deadline = row.closes_at.map(|closes| {
        let tz = time::zone(&row.timezone).unwrap_or(chrono_tz::Tz::UTC);
        let span = time::span(ui, closes, closes, tz);
        format!("{} — {}", span.text, span.zone)
    });
    let code = locale::code(ui);
    Ok(ActionCard {
        slug: row.slug.clone(),
        title: text.title.clone(),
        summary: text.summary.clone(),
        kind: row.kind,
        status: row.status,
        signatories: row.signatories,
        deadline,
        adopted_on: row.adopted_on.clone(),
        organisers: organisers.into_iter().map(|(slug, name)| Organiser { slug, name }).collect(),
        themes: themes.into_iter().filter_map(|(t,)| Theme::from_code(&t)).collect(),
        languages: languages.into_iter().map(|(l,)| l).collect(),
        fallback_language: (text.language != code).then(|| text.language.clone()),
        updated_at: row.updated_at,
    })
}

/// The action's page for `ui` at `now`, or None for an unknown slug.
pub async fn action_detail(db: &Db, slug: &str, ui: Locale, now: i64) -> Result<Option<ActionDetail>, sqlx::Error> {
    let stable = db.cached(Scope::Actions, format!("action {ui:?} {slug:?}"), || load(db, slug, ui)).await?;
    let Some(stable) = stable else { return Ok(None) };
    let mut detail = stable.detail;
    let goal = detail.figures.goal;
    let reported = std::mem::take(&mut detail.figures.reported);
    detail.figures = figures(db, stable.id, goal, reported).await?;
    detail.signing_open = detail.card.kind.is_signed()
        && detail.card.status == ActionStatus::Open
        && stable.opens_at.is_none_or(|t| t <= now)
        && stable.closes_at.is_none_or(|t| now < t);
    Ok(Some(detail))
}

async fn load(db: &Db, slug: &str, ui: Locale) -> Result<Option<Stable>, sqlx::Error> {
    let row: Option<ActionRow> = sqlx::query_as(&format!("{ACTION_SELECT} WHERE slug = $1")).bind(slug).fetch_optional(&db.pool).await?;
    let Some(row) = row else { return Ok(None) };
    let (text, _) = text(db, &row, ui).await?;
    let card = card(db, &row, &text, ui).await?;
    let events: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT e.slug, t.language, t.title FROM action_events ae JOIN events e ON e.id = ae.event_id \
         JOIN event_texts t ON t.event_id = e.id AND (t.language = $2 OR t.language = e.original_language) \
         WHERE ae.action_id = $1 ORDER BY e.starts_at, e.id",
    )
    .bind(row.id)
    .bind(locale::code(ui))
    .fetch_all(&db.pool)
    .await?;
    let mut related: Vec<(String, String)> = Vec::new();
    for (event, language, title) in events {
        match related.iter_mut().find(|(s, _)| *s == event) {
            // The reader's language wins over the event's own.
            Some(found) if language == locale::code(ui) => found.1 = title,
            Some(_) => {}
            None => related.push((event, title)),
        }
    }
    let reported: Vec<ReportedCount> = sqlx::query_as::<_, (i64, i64, i64, String, String, String, String)>(
        "SELECT signatures, organisations, countries, wording, language, source, source_url FROM action_reported_counts WHERE action_id = $1 ORDER BY id",
    )
    .bind(row.id)
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .map(|(signatures, organisations, countries, wording, language, source, source_url)| ReportedCount {
        signatures,
        organisations,
        countries,
        wording,
        language,
        source,
        source_url,
    })
    .collect();
    let detail = ActionDetail {
        card,
        body_html: markdown::to_safe_html(&text.body),
        target: text.target,
        adopted_by: text.adopted_by,
        events: related,
        figures: Figures { goal: row.goal, reported, ..Figures::default() },
        signing_open: false,
    };
    Ok(Some(Stable { id: row.id, opens_at: row.opens_at, closes_at: row.closes_at, detail }))
}

/// The public figures: confirmed signatures here (signed or imported) and those reported.
pub async fn figures(db: &Db, action_id: i64, goal: Option<i64>, reported: Vec<ReportedCount>) -> Result<Figures, sqlx::Error> {
    let (here, organisations, countries): (i64, i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(CASE WHEN kind = 'organisation' THEN 1 END), COUNT(DISTINCT NULLIF(country, '')) \
         FROM signatures WHERE action_id = $1 AND status = 'confirmed'",
    )
    .bind(action_id)
    .fetch_one(&db.pool)
    .await?;
    let reported_signatures = reported.iter().fold(0i64, |sum, r| sum.saturating_add(r.signatures));
    let reported_organisations = reported.iter().fold(0i64, |sum, r| sum.saturating_add(r.organisations));
    let reported_countries = reported.iter().map(|r| r.countries).max().unwrap_or(0);
    Ok(Figures {
        signatures: here.saturating_add(reported_signatures),
        organisations: organisations.saturating_add(reported_organisations),
        countries: countries.max(reported_countries),
        here,
        goal,
        reported,
    })
}

/// A page of the signers of `slug` who agreed to be named, oldest first, narrowed to a country
/// and a kind. None for an unknown action.
pub async fn public_signers(
    db: &Db,
    slug: &str,
    ui: Locale,
    country: Option<&str>,
    kind: Option<SignatoryKind>,
    page: u32,
) -> Result<Option<SignerPage>, sqlx::Error> {
    let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM actions WHERE slug = $1").bind(slug).fetch_optional(&db.pool).await?;
    let Some((action_id,)) = found else { return Ok(None) };
    let shown = "s.action_id = $1 AND s.status = 'confirmed' AND s.show_name = 1";
    let narrow = "($2 = '' OR s.country = $2) AND ($3 = '' OR s.kind = $3)";
    let country = country.unwrap_or("").to_string();
    let kind = kind.map_or("", SignatoryKind::code).to_string();
    let (total,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM signatures s WHERE {shown} AND {narrow}"))
        .bind(action_id)
        .bind(&country)
        .bind(&kind)
        .fetch_one(&db.pool)
        .await?;
    let size = i64::from(SIGNERS_PAGE_SIZE);
    let pages = u32::try_from((total + size - 1) / size).unwrap_or(u32::MAX).max(1);
    let page = page.clamp(1, pages);
    let rows: Vec<(SignatoryKind, String, String, String, String, Option<String>)> = sqlx::query_as(&format!(
        "SELECT s.kind, s.name, s.country, s.comment, s.source, o.slug FROM signatures s \
         LEFT JOIN organisations o ON o.id = s.organisation_id WHERE {shown} AND {narrow} ORDER BY s.id LIMIT $4 OFFSET $5"
    ))
    .bind(action_id)
    .bind(&country)
    .bind(&kind)
    .bind(size)
    .bind(i64::from(page - 1) * size)
    .fetch_all(&db.pool)
    .await?;
    let signers = rows
        .into_iter()
        .map(|(kind, name, country, comment, source, profile)| PublicSigner {
            kind,
            name,
            country_name: if country.is_empty() { String::new() } else { countries::name(&country, ui) },
            country,
            comment,
            imported: source == "import",
            profile,
        })
        .collect();
    let codes: Vec<(String,)> = sqlx::query_as(&format!("SELECT DISTINCT s.country FROM signatures s WHERE {shown} AND s.country <> ''"))
        .bind(action_id)
        .fetch_all(&db.pool)
        .await?;
    let mut countries: Vec<(String, String)> = codes.into_iter().map(|(c,)| (countries::name(&c, ui), c)).map(|(n, c)| (c, n)).collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(Some(SignerPage { signers, total, page, pages, countries }))
}
