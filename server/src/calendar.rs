//! Calendar files: `/events.ics` (with the list's filters) and `/events/{slug}.ics`, with a
//! language prefix for the titles in that language (`/ar/events.ics`). Public facts only.
use app::events::queries::calendar_entries;
use app::events::{ical, EventsQuery};
use app::i18n::Locale;
use app::locale::{self, strip_locale_prefix};
use app::state::AppState;
use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Answers the calendar addresses before the pages see them (the page route `/events/{slug}`
/// would otherwise take `/events/x.ics` for a slug).
pub async fn files(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let Some(rest) = path.strip_suffix(".ics") else { return next.run(request).await };
    let ui = locale_of(&path);
    let rest = strip_locale_prefix(rest);
    if rest == "/events" {
        // A query that cannot be read at all gets the unfiltered list, as bad values do.
        let query = Query::<EventsQuery>::try_from_uri(request.uri()).map(|q| q.0).unwrap_or_default();
        let (filter, _) = query.validate();
        return respond(&state, &filter, None, ui, "events").await;
    }
    match rest.strip_prefix("/events/") {
        Some(slug) if app::organisations::is_slug(slug) => {
            respond(&state, &Default::default(), Some(slug), ui, slug).await
        }
        _ => next.run(request).await,
    }
}

fn locale_of(path: &str) -> Locale {
    path.split('/').nth(1).and_then(locale::from_code).unwrap_or(Locale::en)
}

async fn respond(state: &AppState, filter: &app::events::EventsFilter, slug: Option<&str>, ui: Locale, name: &str) -> Response {
    let now = crate::now();
    let entries = match calendar_entries(&state.db, filter, slug, ui, &state.public_url, now).await {
        Ok(entries) => entries,
        Err(e) => {
            tracing::error!(error = %e, "cannot read events for a calendar");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    if slug.is_some() && entries.is_empty() {
        return (StatusCode::NOT_FOUND, "no such event\n").into_response();
    }
    let title = entries.first().filter(|_| slug.is_some()).map_or_else(|| "Tadamun".to_string(), |e| e.title.clone());
    let body = ical::calendar(&title, &entries, now);
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    if let Ok(value) = HeaderValue::from_str(&format!("inline; filename=\"{name}.ics\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    response
}
