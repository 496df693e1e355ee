//! Pieces the account forms share: fields, labels, problem sentences and done notices.
use crate::accounts::AccountProblem;
pub use crate::forms::{shown_problem, shown_problem_of, LocaleField, ProblemMessage};
use crate::i18n::*;
use crate::plural::count;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

pub fn role_label(locale: Locale, role: crate::accounts::Role) -> &'static str {
    match role {
        crate::accounts::Role::Moderator => td_string!(locale, role_moderator),
        crate::accounts::Role::Admin => td_string!(locale, role_admin),
    }
}

/// The sentence for a problem, in `locale`.
pub fn problem_text(locale: Locale, problem: AccountProblem) -> String {
    match problem {
        AccountProblem::InvalidEmail => td_string!(locale, problem_invalid_email).into(),
        AccountProblem::InvalidName => td_string!(locale, problem_invalid_name).into(),
        AccountProblem::PasswordTooShort => td_string!(locale, problem_password_too_short).into(),
        AccountProblem::PasswordTooLong => td_string!(locale, problem_password_too_long).into(),
        AccountProblem::PasswordTooCommon => td_string!(locale, problem_password_too_common).into(),
        AccountProblem::WrongCredentials => td_string!(locale, problem_wrong_credentials).into(),
        AccountProblem::WrongCurrentPassword => td_string!(locale, problem_wrong_current_password).into(),
        AccountProblem::EmailNotVerified => td_string!(locale, problem_email_not_verified).into(),
        AccountProblem::LinkUnknown => td_string!(locale, problem_link_unknown).into(),
        AccountProblem::LinkExpired => td_string!(locale, problem_link_expired).into(),
        AccountProblem::LinkUsed => td_string!(locale, problem_link_used).into(),
        AccountProblem::TooManyAttempts { wait_minutes } => {
            let wait = count!(locale, count_minutes, wait_minutes);
            td_string!(locale, problem_too_many_attempts, wait)
        }
        AccountProblem::WrongCode => td_string!(locale, problem_wrong_code).into(),
        AccountProblem::LogInAgain => td_string!(locale, problem_log_in_again).into(),
        AccountProblem::TwoFactorRequired => td_string!(locale, problem_two_factor_required).into(),
        AccountProblem::OwnAdminRole => td_string!(locale, problem_own_admin_role).into(),
        AccountProblem::UnknownOrganisation => td_string!(locale, problem_unknown_organisation).into(),
        AccountProblem::NotConfirmed => td_string!(locale, problem_not_confirmed).into(),
        AccountProblem::NotLoggedIn => td_string!(locale, problem_not_logged_in).into(),
        AccountProblem::Forbidden => td_string!(locale, problem_forbidden).into(),
        AccountProblem::BadChoice => td_string!(locale, problem_bad_choice).into(),
        AccountProblem::BadRequest => td_string!(locale, problem_bad_request).into(),
        AccountProblem::Internal => td_string!(locale, problem_internal).into(),
    }
}

/// A labelled input, with an optional hint tied to it by `aria-describedby`.
#[component]
pub fn Field(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    #[prop(default = "text")] kind: &'static str,
    autocomplete: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] minlength: Option<u32>,
    #[prop(optional)] maxlength: Option<u32>,
    #[prop(optional)] inputmode: Option<&'static str>,
) -> impl IntoView {
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let (minlength, maxlength) = (minlength.map(|n| n.to_string()), maxlength.map(|n| n.to_string()));
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id name=name type=kind autocomplete=autocomplete required=true
                minlength=minlength maxlength=maxlength inputmode=inputmode aria-describedby=hint_id.clone()/>
            {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
        </div>
    }
}

/// A notice from the address (`?done=…`) after something succeeded, e.g. "You have logged out."
#[component]
pub fn DoneNotice() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let query = use_query_map();
    let text = move || {
        Some(match query.with(|q| q.get("done"))?.as_str() {
            "verified" => td_string!(locale, done_verified),
            "password" => td_string!(locale, done_password),
            "sessions" => td_string!(locale, done_sessions),
            "logged-out" => td_string!(locale, done_logged_out),
            "two-factor-on" => td_string!(locale, done_two_factor_on),
            "two-factor-off" => td_string!(locale, done_two_factor_off),
            "roles" => td_string!(locale, done_roles),
            "profile" => td_string!(locale, done_profile),
            "deleted" => td_string!(locale, done_deleted),
            _ => return None,
        })
    };
    view! { <div role="status">{move || text().map(|t| view! { <p class="done-notice">{t}</p> })}</div> }
}

impl crate::forms::FormProblem for AccountProblem {
    fn code(self) -> String {
        AccountProblem::code(self)
    }
    fn from_code(code: &str) -> Option<Self> {
        AccountProblem::from_code(code)
    }
    fn status(self) -> http::StatusCode {
        AccountProblem::status(self)
    }
    fn text(self, locale: Locale) -> String {
        problem_text(locale, self)
    }
}
