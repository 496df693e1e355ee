//! `GET /account/my-data.json`: the logged-in person's data as a file (app::accounts::my_data).
use app::accounts::{my_data, signed_in};
use app::state::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

pub async fn download(State(state): State<AppState>, session: Session) -> Response {
    let now = crate::now();
    let user = match signed_in::current(&session, now).await {
        Ok(Some(user)) => user,
        // Logged out: to the log-in page, as the account page does.
        Ok(None) => return (StatusCode::SEE_OTHER, [(header::LOCATION, "/log-in")]).into_response(),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let export = match my_data::export(&state.db, user, now).await {
        Ok(Some(export)) => export,
        Ok(None) => return (StatusCode::SEE_OTHER, [(header::LOCATION, "/log-in")]).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "cannot export an account's data");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let mut response = axum::Json(export).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"tadamun-my-data.json\""));
    // Personal data: never kept by a shared cache or the browser's.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
