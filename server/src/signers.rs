//! An action's signers for its organisers (and administrators): `GET
//! /actions/{slug}/signers.csv`, the list as a file (`SeeSigners`), and `POST
//! /actions/{slug}/signers/import`, signatures gathered elsewhere from a CSV file
//! (`ImportSigners`). 401 when logged out, 403 for anyone else, 404 for no action. The import
//! is a plain multipart form (it works without JavaScript) and answers with the organisers'
//! page again: `?imported=N`, or `?import=…&line=…` naming what refused the file.
use app::access::Action;
use app::accounts::signed_in;
use app::actions::api::may_manage;
use app::actions::queries::{import_signatures, signer_rows, to_csv};
use app::actions::{ImportProblem, SignProblem};
use app::i18n::Locale;
use app::locale::{self, localise_path};
use app::state::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

/// Whether the signed-in person may do `action` with the action `slug`: `Err` is the answer
/// to give instead.
async fn allowed(state: &AppState, session: &Session, slug: &str, action: impl for<'a> Fn(&'a [String]) -> Action<'a>) -> Result<(), Response> {
    let Ok(user) = signed_in::current(session, crate::now()).await else {
        return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
    };
    match may_manage(&state.db, user, slug, action).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(problem)) => Err(problem.status().into_response()),
        Err(e) => Err(failed(&e)),
    }
}

pub async fn csv(State(state): State<AppState>, Path(slug): Path<String>, session: Session) -> Response {
    if let Err(refused) = allowed(&state, &session, &slug, |organisers| Action::SeeSigners { organisers }).await {
        return refused;
    }
    let rows = match signer_rows(&state.db, &slug).await {
        Ok(rows) => rows,
        Err(e) => return failed(&e),
    };
    let mut response = to_csv(&rows).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{slug}-signers.csv\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    // Personal data: never kept by a shared cache or the browser's.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub async fn import(State(state): State<AppState>, Path(slug): Path<String>, session: Session, multipart: Multipart) -> Response {
    if let Err(refused) = allowed(&state, &session, &slug, |organisers| Action::ImportSigners { organisers }).await {
        return refused;
    }
    let (ui, file) = read_form(multipart).await;
    let page = localise_path(ui, &format!("/actions/{slug}/signatures"));
    let outcome = match file {
        Some(text) => import_signatures(&state.db, &slug, &text, ui, crate::now()).await,
        None => Err(ImportProblem::Empty),
    };
    let to = match outcome {
        Ok(n) => format!("{page}?imported={n}#import-heading"),
        Err(ImportProblem::Row { line, reason }) => format!("{page}?import={}&line={line}#import-heading", reason.code()),
        Err(problem) => format!("{page}?import={}#import-heading", problem.code()),
    };
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The form's language and file (as UTF-8 text; `None` when missing or not text).
async fn read_form(mut multipart: Multipart) -> (Locale, Option<String>) {
    let (mut ui, mut file) = (Locale::en, None);
    while let Ok(Some(field)) = multipart.next_field().await {
        match field.name() {
            Some("locale") => {
                if let Some(chosen) = field.text().await.ok().and_then(|code| locale::from_code(&code)) {
                    ui = chosen;
                }
            }
            Some("file") => file = field.bytes().await.ok().and_then(|bytes| String::from_utf8(bytes.to_vec()).ok()),
            _ => {}
        }
    }
    (ui, file)
}

fn failed(e: &sqlx::Error) -> Response {
    tracing::error!(error = %e, "cannot read an action's signers");
    SignProblem::Internal.status().into_response()
}
