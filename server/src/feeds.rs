//! Feeds: `/actions.atom` (with the actions list's filters), with a language prefix for the
//! titles in that language (`/ar/actions.atom`). Public facts only.
use app::actions::atom::feed;
use app::actions::queries::action_cards;
use app::actions::ActionsQuery;
use app::i18n::Locale;
use app::locale::{self, strip_locale_prefix};
use app::state::AppState;
use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The most entries a feed holds: the newest open actions first, as the list shows them.
const FEED_ENTRIES: usize = 50;

/// Answers the feed addresses before the pages see them (the page route `/actions/{slug}` is
/// not `/actions.atom`, but the language prefix and the fallback would take it).
pub async fn files(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let Some(rest) = path.strip_suffix(".atom") else { return next.run(request).await };
    if strip_locale_prefix(rest) != "/actions" {
        return next.run(request).await;
    }
    let ui = path.split('/').nth(1).and_then(locale::from_code).unwrap_or(Locale::en);
    // A query that cannot be read at all gets the unfiltered list, as bad values do.
    let query = Query::<ActionsQuery>::try_from_uri(request.uri()).map(|q| q.0).unwrap_or_default();
    let filter = query.validate();
    let cards = match action_cards(&state.db, ui).await {
        Ok(cards) => cards,
        Err(e) => {
            tracing::error!(error = %e, "cannot read actions for a feed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let cards: Vec<_> = cards.into_iter().filter(|c| filter.admits(c)).take(FEED_ENTRIES).collect();
    let self_url = format!("{}{path}{}", state.public_url, filter.link(1));
    let mut response = feed(&cards, ui, &state.public_url, &self_url).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/atom+xml; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    response
}
