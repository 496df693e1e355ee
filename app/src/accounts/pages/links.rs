//! The pages mailed links open. Opening a link changes nothing (mail scanners open links
//! too): the page holds a button that does it.
use super::form::{shown_problem, LocaleField, ProblemMessage};
use crate::accounts::api::{ConfirmEmail, LogInWithLink};
use crate::i18n::*;
use crate::locale::localise_path;
use crate::ui::LocalisedHead;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn token_from_address() -> String {
    use_query_map().with_untracked(|q| q.get("token")).unwrap_or_default()
}

#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let action = ServerAction::<ConfirmEmail>::new();
    let problem = shown_problem(action.value());
    view! {
        <LocalisedHead title=td_string!(locale, verify_title) description=td_string!(locale, verify_intro) path="/account/verify" private=true/>
        <section class="account-page">
            <h1>{td_string!(locale, verify_title)}</h1>
            <p class="lead">{td_string!(locale, verify_intro)}</p>
            <ActionForm action attr:class="account-form">
                <LocaleField/>
                <input type="hidden" name="token" value=token_from_address()/>
                <ProblemMessage problem/>
                <button type="submit" disabled=move || action.pending().get()>{td_string!(locale, verify_submit)}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn LinkLogInPage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let action = ServerAction::<LogInWithLink>::new();
    let problem = shown_problem(action.value());
    view! {
        <LocalisedHead title=td_string!(locale, link_log_in_title) description=td_string!(locale, link_log_in_intro) path="/log-in/link" private=true/>
        <section class="account-page">
            <h1>{td_string!(locale, link_log_in_title)}</h1>
            <p class="lead">{td_string!(locale, link_log_in_intro)}</p>
            <ActionForm action attr:class="account-form">
                <LocaleField/>
                <input type="hidden" name="token" value=token_from_address()/>
                <ProblemMessage problem/>
                <button type="submit" disabled=move || action.pending().get()>{td_string!(locale, log_in_submit)}</button>
            </ActionForm>
        </section>
    }
}

/// After sign-up or a link request: the same words whether or not the address has an account.
#[component]
pub fn CheckMailPage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let what = use_query_map().with_untracked(|q| q.get("for")).unwrap_or_default();
    let text = match what.as_str() {
        "log-in" => td_string!(locale, check_mail_log_in),
        "reset" => td_string!(locale, check_mail_reset),
        "new-email" => td_string!(locale, check_mail_new_email),
        _ => td_string!(locale, check_mail_sign_up),
    };
    view! {
        <LocalisedHead title=td_string!(locale, check_mail_title) description=td_string!(locale, check_mail_hint) path="/check-your-email" private=true/>
        <section class="account-page">
            <h1>{td_string!(locale, check_mail_title)}</h1>
            <p class="lead" role="status">{text}</p>
            <p>{td_string!(locale, check_mail_hint)}</p>
            <p><a href=localise_path(locale, "/")>{td_string!(locale, back_home)}</a></p>
        </section>
    }
}
