//! `/log-in`: by password, or by a one-time link sent by email.
use super::form::{shown_problem, Field, LocaleField, ProblemMessage};
use crate::accounts::api::{LogIn, RequestLogInLink};
use crate::i18n::*;
use crate::locale::localise_path;
use crate::ui::LocalisedHead;
use leptos::prelude::*;

#[component]
pub fn LogInPage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let by_password = ServerAction::<LogIn>::new();
    let by_link = ServerAction::<RequestLogInLink>::new();
    // Both forms return here with `?problem=`: it is shown once, above both.
    let problem = {
        let password_problem = shown_problem(by_password.value());
        let link_problem = by_link.value();
        Signal::derive(move || match link_problem.get() {
            Some(result) => result.err(),
            None => password_problem.get(),
        })
    };
    view! {
        <LocalisedHead title=td_string!(locale, log_in_title) description=td_string!(locale, log_in_description) path="/log-in"/>
        <section class="account-page">
            <h1>{td_string!(locale, log_in_title)}</h1>
            <ProblemMessage problem/>
            <ActionForm action=by_password attr:class="account-form">
                <LocaleField/>
                <Field id="li-email" name="email" kind="email" label=td_string!(locale, field_email)
                    autocomplete="username" maxlength=254/>
                <Field id="li-password" name="password" kind="password" label=td_string!(locale, field_password)
                    autocomplete="current-password" maxlength=256/>
                <button type="submit" disabled=move || by_password.pending().get()>{td_string!(locale, log_in_submit)}</button>
            </ActionForm>
            <p><a href=localise_path(locale, "/password-reset")>{td_string!(locale, log_in_forgot)}</a></p>
            <h2>{td_string!(locale, log_in_link_heading)}</h2>
            <p>{td_string!(locale, log_in_link_intro)}</p>
            <ActionForm action=by_link attr:class="account-form">
                <LocaleField/>
                <Field id="li-link-email" name="email" kind="email" label=td_string!(locale, field_email)
                    autocomplete="email" maxlength=254/>
                <button type="submit" disabled=move || by_link.pending().get()>{td_string!(locale, log_in_link_submit)}</button>
            </ActionForm>
            <p>{td_string!(locale, log_in_no_account)} " "
                <a href=localise_path(locale, "/sign-up")>{td_string!(locale, nav_sign_up)}</a></p>
        </section>
    }
}
