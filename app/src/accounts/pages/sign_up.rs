//! `/sign-up`: a name to show, an email address and a password; nothing more.
use super::form::{shown_problem, Field, LocaleField, ProblemMessage};
use crate::accounts::api::SignUp;
use crate::accounts::PASSWORD_MIN_CHARS as MIN_CHARS;
use crate::i18n::*;
use crate::locale::localise_path;
use crate::ui::LocalisedHead;
use leptos::prelude::*;

#[component]
pub fn SignUpPage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let action = ServerAction::<SignUp>::new();
    let problem = shown_problem(action.value());
    view! {
        <LocalisedHead title=td_string!(locale, sign_up_title) description=td_string!(locale, sign_up_intro) path="/sign-up"/>
        <section class="account-page">
            <h1>{td_string!(locale, sign_up_title)}</h1>
            <p class="lead">{td_string!(locale, sign_up_intro)}</p>
            <ActionForm action attr:class="account-form">
                <LocaleField/>
                <ProblemMessage problem/>
                <Field id="su-name" name="display_name" label=td_string!(locale, field_display_name)
                    autocomplete="nickname" hint=td_string!(locale, field_display_name_hint) maxlength=60/>
                <Field id="su-email" name="email" kind="email" label=td_string!(locale, field_email)
                    autocomplete="email" maxlength=254/>
                <Field id="su-password" name="password" kind="password" label=td_string!(locale, field_password)
                    autocomplete="new-password" hint=td_string!(locale, field_password_hint)
                    minlength=MIN_CHARS maxlength=256/>
                <button type="submit" disabled=move || action.pending().get()>{td_string!(locale, sign_up_submit)}</button>
            </ActionForm>
            <p>{td_string!(locale, sign_up_have_account)} " "
                <a href=localise_path(locale, "/log-in")>{td_string!(locale, nav_log_in)}</a></p>
        </section>
    }
}
