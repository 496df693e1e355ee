//! `/account`: the profile, security (password, sessions), and what the person took part in.
use super::form::{shown_problem_of, DoneNotice, Field, LocaleField, ProblemMessage};
use crate::accounts::api::{
    my_account, AccountOverview, ChangeEmail, ChangePassword, DeleteMyAccount, DisableTwoFactor, LogOutOtherSessions,
    StartTwoFactor, UpdateProfile,
};
use crate::accounts::PASSWORD_MIN_CHARS;
use crate::i18n::*;
use crate::locale::{self, localise_path};
use crate::plural::count;
use crate::ui::{ErrorMessage, LocalisedHead};
use leptos::prelude::*;
use leptos_router::components::Redirect;

#[component]
pub fn AccountPage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    // Asked again when a form on this page sends it back here with `?done=…`.
    let query = leptos_router::hooks::use_query_map();
    let account = Resource::new(move || query.with(|q| q.get("done")), |_| my_account());
    view! {
        <LocalisedHead title=td_string!(locale, account_title) description=td_string!(locale, account_description) path="/account" private=true/>
        <Transition fallback=move || view! { <p>{td_string!(locale, loading)}</p> }>
            {move || Suspend::new(async move {
                match account.await {
                    Ok(Some(account)) => view! { <Account account/> }.into_any(),
                    // Not logged in (or the log-in ended): to the log-in page.
                    Ok(None) => view! { <Redirect path=localise_path(locale, "/log-in")/> }.into_any(),
                    Err(_) => view! { <ErrorMessage error=crate::error::AppError::Internal/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Account(account: AccountOverview) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let change_password = ServerAction::<ChangePassword>::new();
    let password_problem = shown_problem_of(change_password.value(), "password");
    let log_out_others = ServerAction::<LogOutOtherSessions>::new();
    let sessions = count!(locale, count_sessions, account.sessions);
    let verified = if account.email_verified {
        td_string!(locale, account_email_verified)
    } else {
        td_string!(locale, account_email_unverified)
    };
    view! {
        <section class="account-page">
            <h1>{td_string!(locale, account_title)}</h1>
            <DoneNotice/>
            <Profile account=account.clone()/>
            <ChangeEmailForm email=account.email.clone() verified=verified/>

            <h2>{td_string!(locale, account_security)}</h2>
            <h3>{td_string!(locale, account_change_password)}</h3>
            <ActionForm action=change_password attr:class="account-form">
                <LocaleField/>
                <ProblemMessage problem=password_problem/>
                <Field id="cp-current" name="current_password" kind="password"
                    label=td_string!(locale, field_current_password) autocomplete="current-password" maxlength=256/>
                <Field id="cp-new" name="new_password" kind="password" label=td_string!(locale, field_new_password)
                    autocomplete="new-password" hint=td_string!(locale, field_password_hint)
                    minlength=PASSWORD_MIN_CHARS maxlength=256/>
                <button type="submit">{td_string!(locale, account_change_password_submit)}</button>
            </ActionForm>
            <TwoFactor on=account.two_factor codes_left=account.recovery_codes_left/>
            <h3>{td_string!(locale, account_sessions)}</h3>
            <p>{sessions}</p>
            <ActionForm action=log_out_others attr:class="inline-form">
                <LocaleField/>
                <button type="submit">{td_string!(locale, account_log_out_others)}</button>
            </ActionForm>

            <crate::events::MyEventsSection/>
            <h2>{td_string!(locale, account_signatures)}</h2>
            <p class="empty">{td_string!(locale, account_signatures_empty)}</p>

            <YourData two_factor=account.two_factor/>
        </section>
    }
}

#[component]
fn TwoFactor(on: bool, codes_left: i64) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let start = ServerAction::<StartTwoFactor>::new();
    let disable = ServerAction::<DisableTwoFactor>::new();
    let problem = shown_problem_of(disable.value(), "two-factor");
    let body = if on {
        let left = count!(locale, count_recovery_codes, codes_left);
        view! {
            <p>{td_string!(locale, two_factor_on_text)} " " {left}</p>
            <ActionForm action=disable attr:class="account-form">
                <LocaleField/>
                <ProblemMessage problem/>
                <Field id="tf-off-code" name="code" label=td_string!(locale, field_code) autocomplete="one-time-code"
                    hint=td_string!(locale, two_factor_off_hint) maxlength=20/>
                <button type="submit">{td_string!(locale, two_factor_off_submit)}</button>
            </ActionForm>
        }
        .into_any()
    } else {
        view! {
            <p>{td_string!(locale, two_factor_off_text)}</p>
            <ActionForm action=start attr:class="account-form">
                <LocaleField/>
                <button type="submit">{td_string!(locale, two_factor_start)}</button>
            </ActionForm>
        }
        .into_any()
    };
    view! {
        <h3 id="two-factor">{td_string!(locale, two_factor_heading)}</h3>
        {body}
    }
}

#[component]
fn YourData(two_factor: bool) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let delete = ServerAction::<DeleteMyAccount>::new();
    let problem = shown_problem_of(delete.value(), "delete");
    view! {
        <h2>{td_string!(locale, account_data)}</h2>
        // A file, not a page: `rel="external"` keeps the app's router from taking the click.
        <p><a href="/account/my-data.json" download="tadamun-my-data.json" rel="external">
            {td_string!(locale, account_data_download)}</a></p>
        <h3>{td_string!(locale, account_delete)}</h3>
        <p>{td_string!(locale, account_delete_text)}</p>
        <ActionForm action=delete attr:class="account-form">
            <LocaleField/>
            <ProblemMessage problem/>
            <Field id="del-password" name="password" kind="password" label=td_string!(locale, field_current_password)
                autocomplete="current-password" maxlength=256/>
            {two_factor.then(|| view! {
                <Field id="del-code" name="code" label=td_string!(locale, field_code) autocomplete="one-time-code"
                    hint=td_string!(locale, field_code_hint) maxlength=20/>
            })}
            <div class="check">
                <input id="del-confirm" type="checkbox" name="confirm" value="yes" required=true/>
                <label for="del-confirm">{td_string!(locale, account_delete_confirm)}</label>
            </div>
            <button type="submit" class="danger">{td_string!(locale, account_delete_submit)}</button>
        </ActionForm>
    }
}

/// The name shown, the language of mails and the time zone, as a form filled with them.
#[component]
fn Profile(account: AccountOverview) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let action = ServerAction::<UpdateProfile>::new();
    let problem = shown_problem_of(action.value(), "profile");
    let current_zone = account.timezone.clone();
    view! {
        <h2>{td_string!(locale, account_profile)}</h2>
        <ActionForm action attr:class="account-form">
            <LocaleField/>
            <ProblemMessage problem/>
            <div class="field">
                <label for="pf-name">{td_string!(locale, account_name)}</label>
                <input id="pf-name" name="display_name" autocomplete="nickname" required=true maxlength="60"
                    value=account.display_name aria-describedby="pf-name-hint" dir="auto"/>
                <p id="pf-name-hint" class="hint">{td_string!(locale, field_display_name_hint)}</p>
            </div>
            <div class="field">
                <label for="pf-language">{td_string!(locale, field_mail_language)}</label>
                <select id="pf-language" name="language">
                    {locale::ALL.into_iter().map(|l| {
                        let code = locale::code(l);
                        view! { <option value=code lang=code selected=account.language == code>{locale::autonym(l)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="pf-timezone">{td_string!(locale, account_timezone)}</label>
                <select id="pf-timezone" name="timezone" dir="ltr">
                    {account.timezones.into_iter().map(|zone| {
                        let selected = zone == current_zone;
                        let label = zone.clone();
                        view! { <option value=zone selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <button type="submit">{td_string!(locale, account_profile_submit)}</button>
        </ActionForm>
    }
}

/// The address, and a form to move the account to another one (confirmed by a link sent there).
#[component]
fn ChangeEmailForm(email: String, verified: &'static str) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let action = ServerAction::<ChangeEmail>::new();
    let problem = shown_problem_of(action.value(), "email");
    view! {
        <h3>{td_string!(locale, account_change_email)}</h3>
        <p>{td_string!(locale, account_email)} ": " <span dir="ltr">{email}</span> " (" {verified} ")"</p>
        <p class="hint">{td_string!(locale, account_change_email_hint)}</p>
        <ActionForm action attr:class="account-form">
            <LocaleField/>
            <ProblemMessage problem/>
            <Field id="ce-email" name="new_email" kind="email" label=td_string!(locale, field_new_email)
                autocomplete="email" maxlength=254/>
            <Field id="ce-password" name="current_password" kind="password" label=td_string!(locale, field_current_password)
                autocomplete="current-password" maxlength=256/>
            <button type="submit">{td_string!(locale, account_change_email_submit)}</button>
        </ActionForm>
    }
}
