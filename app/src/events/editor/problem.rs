//! Why an event form was refused: each names the field to fix, in the reader's language.
use crate::i18n::*;
use leptos::prelude::{FromServerFnError, ServerFnErrorErr};
use leptos::server_fn::codec::JsonEncoding;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum EditProblem {
    #[error("bad slug")]
    BadSlug,
    #[error("slug taken")]
    SlugTaken,
    #[error("unknown kind, format or status")]
    BadChoice,
    #[error("unknown time zone")]
    UnknownTimezone,
    #[error("bad date or time")]
    BadTime,
    #[error("ends before it starts")]
    EndsBeforeStart,
    #[error("bad number")]
    BadNumber,
    #[error("no title in the original language")]
    NoTitle,
    #[error("unknown language")]
    UnknownLanguage,
    #[error("unknown organiser")]
    UnknownOrganiser,
    #[error("none of your organisations organises it")]
    NotYourOrganisation,
    #[error("a line cannot be read")]
    BadLine,
    #[error("not a web address")]
    BadUrl,
    #[error("no such event")]
    UnknownEvent,
    #[error("no such action")]
    UnknownAction,
    #[error("another action has this slug")]
    ActionSlugTaken,
    #[error("none of your organisations organises the action")]
    NotYourOrganisationsAction,
    #[error("not a month or a day")]
    BadDate,
    #[error("the goal is not a whole number")]
    BadGoal,
    #[error("a related event is unknown")]
    UnknownRelatedEvent,
    #[error("not logged in")]
    NotLoggedIn,
    #[error("not allowed")]
    Forbidden,
    #[error("two-factor authentication is off")]
    TwoFactorRequired,
    #[error("bad request")]
    BadRequest,
    #[error("internal error")]
    Internal,
}


problem_codes! {
    EditProblem {
        BadSlug = "bad-slug",
        SlugTaken = "slug-taken",
        BadChoice = "bad-choice",
        UnknownTimezone = "unknown-timezone",
        BadTime = "bad-time",
        EndsBeforeStart = "ends-before-start",
        BadNumber = "bad-number",
        NoTitle = "no-title",
        UnknownLanguage = "unknown-language",
        UnknownOrganiser = "unknown-organiser",
        NotYourOrganisation = "not-your-organisation",
        BadLine = "bad-line",
        BadUrl = "bad-url",
        UnknownEvent = "unknown-event",
        UnknownAction = "unknown-action",
        ActionSlugTaken = "action-slug-taken",
        NotYourOrganisationsAction = "not-your-organisations-action",
        BadDate = "bad-date",
        BadGoal = "bad-goal",
        UnknownRelatedEvent = "unknown-related-event",
        NotLoggedIn = "not-logged-in",
        Forbidden = "forbidden",
        TwoFactorRequired = "two-factor-required",
        BadRequest = "bad-request",
        Internal = "internal",
    }
}

impl EditProblem {
    pub fn status(self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            EditProblem::NotLoggedIn => StatusCode::UNAUTHORIZED,
            EditProblem::Forbidden | EditProblem::TwoFactorRequired | EditProblem::NotYourOrganisation | EditProblem::NotYourOrganisationsAction => {
                StatusCode::FORBIDDEN
            }
            EditProblem::UnknownEvent | EditProblem::UnknownAction => StatusCode::NOT_FOUND,
            EditProblem::SlugTaken | EditProblem::ActionSlugTaken => StatusCode::CONFLICT,
            EditProblem::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            _ => StatusCode::BAD_REQUEST,
        }
    }

    pub fn text(self, locale: Locale) -> &'static str {
        match self {
            EditProblem::BadSlug => td_string!(locale, edit_problem_bad_slug),
            EditProblem::SlugTaken => td_string!(locale, edit_problem_slug_taken),
            EditProblem::BadChoice => td_string!(locale, edit_problem_bad_choice),
            EditProblem::UnknownTimezone => td_string!(locale, edit_problem_unknown_timezone),
            EditProblem::BadTime => td_string!(locale, edit_problem_bad_time),
            EditProblem::EndsBeforeStart => td_string!(locale, edit_problem_ends_before_start),
            EditProblem::BadNumber => td_string!(locale, edit_problem_bad_number),
            EditProblem::NoTitle => td_string!(locale, edit_problem_no_title),
            EditProblem::UnknownLanguage => td_string!(locale, edit_problem_unknown_language),
            EditProblem::UnknownOrganiser => td_string!(locale, edit_problem_unknown_organiser),
            EditProblem::NotYourOrganisation => td_string!(locale, edit_problem_not_your_organisation),
            EditProblem::BadLine => td_string!(locale, edit_problem_bad_line),
            EditProblem::BadUrl => td_string!(locale, edit_problem_bad_url),
            EditProblem::UnknownEvent => td_string!(locale, rsvp_problem_unknown_event),
            EditProblem::UnknownAction => td_string!(locale, sign_problem_unknown_action),
            EditProblem::ActionSlugTaken => td_string!(locale, action_edit_problem_slug_taken),
            EditProblem::NotYourOrganisationsAction => td_string!(locale, action_edit_problem_not_yours),
            EditProblem::BadDate => td_string!(locale, action_edit_problem_bad_date),
            EditProblem::BadGoal => td_string!(locale, action_edit_problem_bad_goal),
            EditProblem::UnknownRelatedEvent => td_string!(locale, action_edit_problem_unknown_event),
            EditProblem::NotLoggedIn => td_string!(locale, problem_not_logged_in),
            EditProblem::Forbidden => td_string!(locale, problem_forbidden),
            EditProblem::TwoFactorRequired => td_string!(locale, problem_two_factor_required),
            EditProblem::BadRequest => td_string!(locale, problem_bad_request),
            EditProblem::Internal => td_string!(locale, problem_internal),
        }
    }
}

impl crate::forms::FormProblem for EditProblem {
    fn code(self) -> String {
        EditProblem::code(self).to_string()
    }
    fn from_code(code: &str) -> Option<Self> {
        EditProblem::from_code(code)
    }
    fn status(self) -> http::StatusCode {
        EditProblem::status(self)
    }
    fn text(self, locale: Locale) -> String {
        EditProblem::text(self, locale).to_string()
    }
}

impl FromServerFnError for EditProblem {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) | ServerFnErrorErr::Deserialization(_) => EditProblem::BadRequest,
            _ => EditProblem::Internal,
        }
    }
}

impl From<crate::error::AppError> for EditProblem {
    fn from(err: crate::error::AppError) -> Self {
        match err {
            crate::error::AppError::NotFound => EditProblem::UnknownEvent,
            crate::error::AppError::BadRequest => EditProblem::BadRequest,
            _ => EditProblem::Internal,
        }
    }
}

impl From<crate::accounts::AccountProblem> for EditProblem {
    fn from(err: crate::accounts::AccountProblem) -> Self {
        match err {
            crate::accounts::AccountProblem::NotLoggedIn => EditProblem::NotLoggedIn,
            crate::accounts::AccountProblem::Forbidden => EditProblem::Forbidden,
            crate::accounts::AccountProblem::TwoFactorRequired => EditProblem::TwoFactorRequired,
            _ => EditProblem::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for EditProblem {
    fn from(err: sqlx::Error) -> Self {
        tracing::error!(error = %err, "database error in the event editor");
        EditProblem::Internal
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::FormProblem;

    #[test]
    fn codes_round_trip() {
        for p in EditProblem::ALL.iter().copied() {
            assert_eq!(<EditProblem as FormProblem>::from_code(p.code()), Some(p));
        }
    }
}
