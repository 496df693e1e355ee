//! Two-factor pages: the code step of a log-in, setting it up, and the recovery codes.
use super::form::{shown_problem, Field, LocaleField, ProblemMessage};
use crate::accounts::api::{
    new_recovery_codes, two_factor_setup, ConfirmTwoFactor, LogInWithCode, RecoveryCodesKept, StartTwoFactor, TwoFactorKey,
};
use crate::accounts::AccountProblem;
use crate::i18n::*;
use crate::locale::localise_path;
use crate::ui::{ErrorMessage, LocalisedHead};
use leptos::prelude::*;
use leptos_router::components::Redirect;

/// The code field every two-factor form has.
#[component]
fn CodeField(id: &'static str) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    view! {
        <Field id name="code" label=td_string!(locale, field_code) autocomplete="one-time-code"
            hint=td_string!(locale, field_code_hint) maxlength=20 inputmode="text"/>
    }
}

/// `/log-in/code`: the second step of a log-in.
#[component]
pub fn CodePage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let action = ServerAction::<LogInWithCode>::new();
    let problem = shown_problem(action.value());
    view! {
        <LocalisedHead title=td_string!(locale, code_title) description=td_string!(locale, code_intro) path="/log-in/code" private=true/>
        <section class="account-page">
            <h1>{td_string!(locale, code_title)}</h1>
            <p class="lead">{td_string!(locale, code_intro)}</p>
            <ActionForm action attr:class="account-form">
                <LocaleField/>
                <ProblemMessage problem/>
                <CodeField id="lc-code"/>
                <button type="submit" disabled=move || action.pending().get()>{td_string!(locale, log_in_submit)}</button>
            </ActionForm>
        </section>
    }
}

/// What an account page shows when loading it failed: not logged in goes to the log-in page.
fn unavailable(locale: Locale, problem: AccountProblem) -> AnyView {
    match problem {
        AccountProblem::NotLoggedIn => view! { <Redirect path=localise_path(locale, "/log-in")/> }.into_any(),
        _ => view! { <ErrorMessage error=crate::error::AppError::Internal/> }.into_any(),
    }
}

/// `/account/two-factor`: the key as a QR code and as text, and the code that proves the app
/// holds it.
#[component]
pub fn TwoFactorSetupPage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let setup = Resource::new(|| (), |_| two_factor_setup());
    view! {
        <LocalisedHead title=td_string!(locale, two_factor_setup_title) description=td_string!(locale, two_factor_setup_description) path="/account/two-factor" private=true/>
        <section class="account-page">
            <h1>{td_string!(locale, two_factor_setup_title)}</h1>
            <Transition fallback=move || view! { <p>{td_string!(locale, loading)}</p> }>
                {move || Suspend::new(async move {
                    match setup.await {
                        Ok(Some(setup)) => view! { <Setup setup/> }.into_any(),
                        Ok(None) => view! { <NotStarted/> }.into_any(),
                        Err(problem) => unavailable(locale, problem),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn NotStarted() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let start = ServerAction::<StartTwoFactor>::new();
    view! {
        <p>{td_string!(locale, two_factor_not_started)}</p>
        <ActionForm action=start attr:class="account-form">
            <LocaleField/>
            <button type="submit">{td_string!(locale, two_factor_start)}</button>
        </ActionForm>
    }
}

#[component]
fn Setup(setup: TwoFactorKey) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let action = ServerAction::<ConfirmTwoFactor>::new();
    let problem = shown_problem(action.value());
    view! {
        <p>{td_string!(locale, two_factor_setup_scan)}</p>
        <div class="qr" role="img" aria-label=td_string!(locale, two_factor_qr_label) inner_html=setup.qr_svg></div>
        <dl class="details">
            <dt>{td_string!(locale, two_factor_secret_label)}</dt>
            <dd><code dir="ltr" class="secret">{setup.secret}</code></dd>
        </dl>
        <p><a href=setup.uri>{td_string!(locale, two_factor_open_app)}</a></p>
        <p>{td_string!(locale, two_factor_setup_confirm)}</p>
        <ActionForm action attr:class="account-form">
            <LocaleField/>
            <ProblemMessage problem/>
            <CodeField id="tf-code"/>
            <button type="submit" disabled=move || action.pending().get()>{td_string!(locale, two_factor_confirm_submit)}</button>
        </ActionForm>
    }
}

/// `/account/recovery-codes`: shown once, right after two-factor authentication is turned on.
#[component]
pub fn RecoveryCodesPage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let codes = Resource::new(|| (), |_| new_recovery_codes());
    let kept = ServerAction::<RecoveryCodesKept>::new();
    view! {
        <LocalisedHead title=td_string!(locale, recovery_title) description=td_string!(locale, recovery_intro) path="/account/recovery-codes" private=true/>
        <section class="account-page">
            <h1>{td_string!(locale, recovery_title)}</h1>
            <Transition fallback=move || view! { <p>{td_string!(locale, loading)}</p> }>
                {move || Suspend::new(async move {
                    match codes.await {
                        Ok(codes) if codes.is_empty() => view! {
                            <p>{td_string!(locale, recovery_none)}</p>
                            <p><a href=localise_path(locale, "/account")>{td_string!(locale, account_title)}</a></p>
                        }.into_any(),
                        Ok(codes) => view! {
                            <p class="lead">{td_string!(locale, recovery_intro)}</p>
                            <ul class="recovery-codes" dir="ltr">
                                {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
                            </ul>
                            <ActionForm action=kept attr:class="account-form">
                                <LocaleField/>
                                <button type="submit">{td_string!(locale, recovery_kept)}</button>
                            </ActionForm>
                        }.into_any(),
                        Err(problem) => unavailable(locale, problem),
                    }
                })}
            </Transition>
        </section>
    }
}
