//! How a form's server function answers. A browser posts a plain form (the pages are
//! server-rendered, not islands, so this is so with JavaScript on too): it is sent (303) to the
//! next page, or back to the form with `?problem=code` (Leptos would send it back to the
//! Referer, which is not a page's own address to rely on: `Referrer-Policy` may drop it). Any other caller (a script
//! asking for JSON) gets the function's value, or its problem with the problem's status.
use super::FormProblem;
use crate::error::set_response_status;

/// Ends a form's server function: on success, go to `done`; on a problem, show it on `form`.
/// Both are paths on this site, already in the reader's language.
pub fn finish<T, P: FormProblem>(result: Result<T, P>, done: &str, form: &str) -> Result<T, P> {
    let plain_form = is_plain_form();
    match &result {
        Ok(_) => leptos_axum::redirect(done),
        Err(problem) if plain_form => {
            let separator = if form.contains('?') { '&' } else { '?' };
            leptos_axum::redirect(&format!("{form}{separator}problem={}", problem.code()));
        }
        Err(problem) => set_response_status(problem.status()),
    }
    if plain_form {
        set_response_status(http::StatusCode::SEE_OTHER);
    }
    result
}

/// Whether the request is a browser's own form post (it accepts HTML), not a call from the app.
fn is_plain_form() -> bool {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).map(|v| v.contains("text/html")))
        .unwrap_or(false)
}

/// Ends a server function that only reads: a problem gets its status (401, 403, 429…), so the
/// app, and any other client, can tell it from a failure.
pub fn answer<T, P: FormProblem>(result: Result<T, P>) -> Result<T, P> {
    if let Err(problem) = &result {
        set_response_status(problem.status());
    }
    result
}
