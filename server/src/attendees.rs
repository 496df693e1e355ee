//! `GET /events/{slug}/attendees.csv`: the attendee list as a file, for whoever `app::access`
//! lets see it (`SeeAttendees`); 401 when logged out, 403 for anyone else, 404 for no event.
use app::accounts::signed_in;
use app::events::api::may_see_attendees;
use app::events::queries::{attendees, to_csv};
use app::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

pub async fn csv(State(state): State<AppState>, Path(slug): Path<String>, session: Session) -> Response {
    let Ok(user) = signed_in::current(&session, crate::now()).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    match may_see_attendees(&state.db, user, &slug).await {
        Ok(Ok(())) => {}
        Ok(Err(problem)) => return problem.status().into_response(),
        Err(e) => return failed(&e),
    }
    let rows = match attendees(&state.db, &slug).await {
        Ok(rows) => rows,
        Err(e) => return failed(&e),
    };
    let mut response = to_csv(&rows).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{slug}-attendees.csv\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    // Personal data: never kept by a shared cache or the browser's.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn failed(e: &sqlx::Error) -> Response {
    tracing::error!(error = %e, "cannot read an event's attendees");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}
