//! `/password-reset` asks for a link; `/password-reset/new?token=…` sets the new password.
use super::form::{shown_problem, Field, LocaleField, ProblemMessage};
use crate::accounts::api::{RequestPasswordReset, ResetPassword};
use crate::accounts::PASSWORD_MIN_CHARS as MIN_CHARS;
use crate::i18n::*;
use crate::ui::LocalisedHead;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ResetRequestPage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let action = ServerAction::<RequestPasswordReset>::new();
    let problem = shown_problem(action.value());
    view! {
        <LocalisedHead title=td_string!(locale, reset_title) description=td_string!(locale, reset_intro) path="/password-reset"/>
        <section class="account-page">
            <h1>{td_string!(locale, reset_title)}</h1>
            <p class="lead">{td_string!(locale, reset_intro)}</p>
            <ActionForm action attr:class="account-form">
                <LocaleField/>
                <ProblemMessage problem/>
                <Field id="rs-email" name="email" kind="email" label=td_string!(locale, field_email)
                    autocomplete="email" maxlength=254/>
                <button type="submit" disabled=move || action.pending().get()>{td_string!(locale, reset_submit)}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn NewPasswordPage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let action = ServerAction::<ResetPassword>::new();
    let problem = shown_problem(action.value());
    let token = use_query_map().with_untracked(|q| q.get("token")).unwrap_or_default();
    view! {
        <LocalisedHead title=td_string!(locale, new_password_title) description=td_string!(locale, new_password_intro) path="/password-reset/new" private=true/>
        <section class="account-page">
            <h1>{td_string!(locale, new_password_title)}</h1>
            <p class="lead">{td_string!(locale, new_password_intro)}</p>
            <ActionForm action attr:class="account-form">
                <LocaleField/>
                <input type="hidden" name="token" value=token/>
                <ProblemMessage problem/>
                <Field id="np-password" name="password" kind="password" label=td_string!(locale, field_new_password)
                    autocomplete="new-password" hint=td_string!(locale, field_password_hint)
                    minlength=MIN_CHARS maxlength=256/>
                <button type="submit" disabled=move || action.pending().get()>{td_string!(locale, new_password_submit)}</button>
            </ActionForm>
        </section>
    }
}
