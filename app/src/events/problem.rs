//! Why an RSVP (or a change to one) was refused. Every case is told plainly, in the reader's
//! language, and nothing was changed.
use crate::i18n::*;
use leptos::prelude::{FromServerFnError, ServerFnErrorErr};
use leptos::server_fn::codec::JsonEncoding;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum RsvpProblem {
    #[error("no such event")]
    UnknownEvent,
    #[error("RSVPs are not open yet")]
    NotOpenYet,
    #[error("RSVPs are closed")]
    Closed,
    #[error("the event is cancelled")]
    EventCancelled,
    #[error("the event is over")]
    EventOver,
    /// Told only to the signed-in person it concerns; a guest is mailed instead, so the form
    /// never reveals who registered.
    #[error("already registered")]
    AlreadyRegistered,
    #[error("not registered")]
    NotRegistered,
    #[error("not an email address")]
    InvalidEmail,
    #[error("name empty or too long")]
    InvalidName,
    #[error("no interpretation into that language")]
    UnknownInterpretation,
    #[error("link unknown")]
    LinkUnknown,
    #[error("too many attempts")]
    TooManyAttempts,
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
    RsvpProblem {
        UnknownEvent = "unknown-event",
        NotOpenYet = "not-open-yet",
        Closed = "closed",
        EventCancelled = "event-cancelled",
        EventOver = "event-over",
        AlreadyRegistered = "already-registered",
        NotRegistered = "not-registered",
        InvalidEmail = "invalid-email",
        InvalidName = "invalid-name",
        UnknownInterpretation = "unknown-interpretation",
        LinkUnknown = "link-unknown",
        TooManyAttempts = "too-many-attempts",
        NotLoggedIn = "not-logged-in",
        Forbidden = "forbidden",
        TwoFactorRequired = "two-factor-required",
        BadRequest = "bad-request",
        Internal = "internal",
    }
}

impl RsvpProblem {
    pub fn status(self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            RsvpProblem::UnknownEvent => StatusCode::NOT_FOUND,
            RsvpProblem::AlreadyRegistered => StatusCode::CONFLICT,
            RsvpProblem::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            RsvpProblem::NotLoggedIn => StatusCode::UNAUTHORIZED,
            RsvpProblem::Forbidden | RsvpProblem::TwoFactorRequired => StatusCode::FORBIDDEN,
            RsvpProblem::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            _ => StatusCode::BAD_REQUEST,
        }
    }

    pub fn text(self, locale: Locale) -> &'static str {
        match self {
            RsvpProblem::UnknownEvent => td_string!(locale, rsvp_problem_unknown_event),
            RsvpProblem::NotOpenYet => td_string!(locale, rsvp_problem_not_open_yet),
            RsvpProblem::Closed => td_string!(locale, rsvp_problem_closed),
            RsvpProblem::EventCancelled => td_string!(locale, rsvp_problem_cancelled),
            RsvpProblem::EventOver => td_string!(locale, rsvp_problem_over),
            RsvpProblem::AlreadyRegistered => td_string!(locale, rsvp_problem_already),
            RsvpProblem::NotRegistered => td_string!(locale, rsvp_problem_not_registered),
            RsvpProblem::InvalidEmail => td_string!(locale, problem_invalid_email),
            RsvpProblem::InvalidName => td_string!(locale, problem_invalid_name),
            RsvpProblem::UnknownInterpretation => td_string!(locale, rsvp_problem_interpretation),
            RsvpProblem::LinkUnknown => td_string!(locale, problem_link_unknown),
            RsvpProblem::TooManyAttempts => td_string!(locale, rsvp_problem_too_many),
            RsvpProblem::NotLoggedIn => td_string!(locale, problem_not_logged_in),
            RsvpProblem::Forbidden => td_string!(locale, problem_forbidden),
            RsvpProblem::TwoFactorRequired => td_string!(locale, problem_two_factor_required),
            RsvpProblem::BadRequest => td_string!(locale, problem_bad_request),
            RsvpProblem::Internal => td_string!(locale, problem_internal),
        }
    }
}

impl crate::forms::FormProblem for RsvpProblem {
    fn code(self) -> String {
        RsvpProblem::code(self).to_string()
    }
    fn from_code(code: &str) -> Option<Self> {
        RsvpProblem::from_code(code)
    }
    fn status(self) -> http::StatusCode {
        RsvpProblem::status(self)
    }
    fn text(self, locale: Locale) -> String {
        RsvpProblem::text(self, locale).to_string()
    }
}

impl FromServerFnError for RsvpProblem {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) | ServerFnErrorErr::Deserialization(_) => {
                RsvpProblem::BadRequest
            }
            _ => RsvpProblem::Internal,
        }
    }
}

impl From<crate::error::AppError> for RsvpProblem {
    fn from(err: crate::error::AppError) -> Self {
        match err {
            crate::error::AppError::NotFound => RsvpProblem::UnknownEvent,
            crate::error::AppError::BadRequest => RsvpProblem::BadRequest,
            _ => RsvpProblem::Internal,
        }
    }
}

impl From<crate::accounts::AccountProblem> for RsvpProblem {
    fn from(err: crate::accounts::AccountProblem) -> Self {
        match err {
            crate::accounts::AccountProblem::NotLoggedIn => RsvpProblem::NotLoggedIn,
            crate::accounts::AccountProblem::BadRequest => RsvpProblem::BadRequest,
            _ => RsvpProblem::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for RsvpProblem {
    fn from(err: sqlx::Error) -> Self {
        tracing::error!(error = %err, "database error in an RSVP");
        RsvpProblem::Internal
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::FormProblem;

    #[test]
    fn codes_round_trip() {
        for p in RsvpProblem::ALL.iter().copied() {
            assert_eq!(<RsvpProblem as FormProblem>::from_code(p.code()), Some(p));
        }
        assert_eq!(<RsvpProblem as FormProblem>::from_code("<b>"), None);
    }
}
