//! Pages and messages for when something is missing or failed.
use crate::error::{set_response_status, AppError};
use crate::i18n::*;
use crate::locale::localise_path;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The localised 404 page; sets the status when rendered on the server.
#[component]
pub fn NotFound() -> impl IntoView {
    set_response_status(http::StatusCode::NOT_FOUND);
    let i18n = use_i18n();
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), not_found_title)/>
        <Meta name="description" content=td_string!(i18n.get_locale_untracked(), not_found_body)/>
        <Meta name="robots" content="noindex"/>
        <section class="status-page">
            <h1>{t!(i18n, not_found_title)}</h1>
            <p>{t!(i18n, not_found_body)}</p>
            <p><a href=move || localise_path(i18n.get_locale(), "/")>{t!(i18n, back_home)}</a></p>
        </section>
    }
}

/// What a page shows instead of its content when loading it failed.
#[allow(clippy::needless_pass_by_value)] // a component owns its props
#[component]
pub fn ErrorMessage(error: AppError) -> impl IntoView {
    if error == AppError::NotFound {
        return view! { <NotFound/> }.into_any();
    }
    set_response_status(error.status());
    let i18n = use_i18n();
    let bad_request = error == AppError::BadRequest;
    let body = move || {
        if bad_request {
            td_string!(i18n.get_locale(), bad_request_body)
        } else {
            td_string!(i18n.get_locale(), error_body)
        }
    };
    view! {
        <section class="status-page" role="alert">
            <h1>{t!(i18n, error_title)}</h1>
            <p>{body}</p>
        </section>
    }
    .into_any()
}
