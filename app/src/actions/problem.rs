//! Why a signature (or its confirmation) was refused. Every case is told plainly, in the
//! reader's language, and nothing was changed.
use crate::i18n::*;
use leptos::prelude::{FromServerFnError, ServerFnErrorErr};
use leptos::server_fn::codec::JsonEncoding;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum SignProblem {
    #[error("no such action")]
    UnknownAction,
    #[error("a statement is not signed")]
    NotSigned,
    #[error("signing is not open yet")]
    NotOpenYet,
    #[error("signing is closed")]
    Closed,
    #[error("only organisations sign this letter")]
    OrganisationsOnly,
    #[error("only individuals sign this petition")]
    IndividualsOnly,
    /// Told only to the signed-in member it concerns; a guest is mailed instead, so the form
    /// never reveals who signed.
    #[error("already signed")]
    AlreadySigned,
    /// Told when confirming: another confirmed signature speaks for the same organisation.
    #[error("the organisation has already signed")]
    OrganisationAlreadySigned,
    #[error("not an email address")]
    InvalidEmail,
    #[error("name empty or too long")]
    InvalidName,
    #[error("contact name empty or too long")]
    InvalidContact,
    #[error("unknown country")]
    InvalidCountry,
    #[error("comment too long")]
    CommentTooLong,
    #[error("link unknown")]
    LinkUnknown,
    #[error("a count that is not a whole number from 0")]
    InvalidNumber,
    #[error("the report's words empty or too long")]
    InvalidWording,
    #[error("not a web address")]
    InvalidUrl,
    #[error("not logged in")]
    NotLoggedIn,
    #[error("not allowed")]
    Forbidden,
    #[error("two-factor authentication is off")]
    TwoFactorRequired,
    #[error("too many attempts")]
    TooManyAttempts,
    #[error("bad request")]
    BadRequest,
    #[error("internal error")]
    Internal,
}

problem_codes! {
    SignProblem {
        UnknownAction = "unknown-action",
        NotSigned = "not-signed",
        NotOpenYet = "not-open-yet",
        Closed = "closed",
        OrganisationsOnly = "organisations-only",
        IndividualsOnly = "individuals-only",
        AlreadySigned = "already-signed",
        OrganisationAlreadySigned = "organisation-already-signed",
        InvalidEmail = "invalid-email",
        InvalidName = "invalid-name",
        InvalidContact = "invalid-contact",
        InvalidCountry = "invalid-country",
        CommentTooLong = "comment-too-long",
        LinkUnknown = "link-unknown",
        InvalidNumber = "invalid-number",
        InvalidWording = "invalid-wording",
        InvalidUrl = "invalid-url",
        NotLoggedIn = "not-logged-in",
        Forbidden = "forbidden",
        TwoFactorRequired = "two-factor-required",
        TooManyAttempts = "too-many-attempts",
        BadRequest = "bad-request",
        Internal = "internal",
    }
}

impl SignProblem {
    pub fn status(self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            SignProblem::UnknownAction => StatusCode::NOT_FOUND,
            SignProblem::AlreadySigned | SignProblem::OrganisationAlreadySigned => StatusCode::CONFLICT,
            SignProblem::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            SignProblem::NotLoggedIn => StatusCode::UNAUTHORIZED,
            SignProblem::Forbidden | SignProblem::TwoFactorRequired => StatusCode::FORBIDDEN,
            SignProblem::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            _ => StatusCode::BAD_REQUEST,
        }
    }

    pub fn text(self, locale: Locale) -> &'static str {
        match self {
            SignProblem::UnknownAction => td_string!(locale, sign_problem_unknown_action),
            SignProblem::NotSigned => td_string!(locale, sign_problem_not_signed),
            SignProblem::NotOpenYet => td_string!(locale, sign_problem_not_open_yet),
            SignProblem::Closed => td_string!(locale, sign_problem_closed),
            SignProblem::OrganisationsOnly => td_string!(locale, sign_problem_organisations_only),
            SignProblem::IndividualsOnly => td_string!(locale, sign_problem_individuals_only),
            SignProblem::AlreadySigned => td_string!(locale, sign_problem_already),
            SignProblem::OrganisationAlreadySigned => td_string!(locale, sign_problem_organisation_already),
            SignProblem::InvalidEmail => td_string!(locale, problem_invalid_email),
            SignProblem::InvalidName => td_string!(locale, sign_problem_name),
            SignProblem::InvalidContact => td_string!(locale, sign_problem_contact),
            SignProblem::InvalidCountry => td_string!(locale, sign_problem_country),
            SignProblem::CommentTooLong => td_string!(locale, sign_problem_comment),
            SignProblem::LinkUnknown => td_string!(locale, problem_link_unknown),
            SignProblem::InvalidNumber => td_string!(locale, report_problem_number),
            SignProblem::InvalidWording => td_string!(locale, report_problem_wording),
            SignProblem::InvalidUrl => td_string!(locale, edit_problem_bad_url),
            SignProblem::NotLoggedIn => td_string!(locale, problem_not_logged_in),
            SignProblem::Forbidden => td_string!(locale, problem_forbidden),
            SignProblem::TwoFactorRequired => td_string!(locale, problem_two_factor_required),
            SignProblem::TooManyAttempts => td_string!(locale, sign_problem_too_many),
            SignProblem::BadRequest => td_string!(locale, problem_bad_request),
            SignProblem::Internal => td_string!(locale, problem_internal),
        }
    }
}

impl crate::forms::FormProblem for SignProblem {
    fn code(self) -> String {
        SignProblem::code(self).to_string()
    }
    fn from_code(code: &str) -> Option<Self> {
        SignProblem::from_code(code)
    }
    fn status(self) -> http::StatusCode {
        SignProblem::status(self)
    }
    fn text(self, locale: Locale) -> String {
        SignProblem::text(self, locale).to_string()
    }
}

impl FromServerFnError for SignProblem {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) | ServerFnErrorErr::Deserialization(_) => {
                SignProblem::BadRequest
            }
            _ => SignProblem::Internal,
        }
    }
}

impl From<crate::access::Refusal> for SignProblem {
    fn from(refusal: crate::access::Refusal) -> Self {
        match refusal {
            crate::access::Refusal::LogIn => SignProblem::NotLoggedIn,
            crate::access::Refusal::TwoFactorRequired => SignProblem::TwoFactorRequired,
            crate::access::Refusal::Forbidden => SignProblem::Forbidden,
        }
    }
}

impl From<crate::error::AppError> for SignProblem {
    fn from(err: crate::error::AppError) -> Self {
        match err {
            crate::error::AppError::NotFound => SignProblem::UnknownAction,
            crate::error::AppError::BadRequest => SignProblem::BadRequest,
            _ => SignProblem::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for SignProblem {
    fn from(err: sqlx::Error) -> Self {
        tracing::error!(error = %err, "database error in a signature");
        SignProblem::Internal
    }
}

/// What the organiser is told when an import is refused.
pub fn import_problem_text(locale: Locale, problem: super::ImportProblem) -> String {
    use super::{ImportProblem as P, ImportReason as R};
    match problem {
        P::Row { line, reason } => {
            let reason = match reason {
                R::Quote => td_string!(locale, import_reason_quote),
                R::Columns => td_string!(locale, import_reason_columns),
                R::Name => td_string!(locale, import_reason_name),
                R::Kind => td_string!(locale, import_reason_kind),
                R::Country => td_string!(locale, import_reason_country),
                R::Contact => td_string!(locale, import_reason_contact),
                R::ShowName => td_string!(locale, import_reason_show_name),
                R::NotAdmitted => td_string!(locale, import_reason_not_admitted),
                R::Duplicate => td_string!(locale, import_reason_duplicate),
            };
            td_string!(locale, import_problem_row, line, reason)
        }
        P::UnknownAction => SignProblem::UnknownAction.text(locale).to_string(),
        P::NotSigned => SignProblem::NotSigned.text(locale).to_string(),
        P::Empty => td_string!(locale, import_problem_empty).to_string(),
        P::TooLarge => td_string!(locale, import_problem_too_large).to_string(),
        P::Header => td_string!(locale, import_problem_header).to_string(),
        P::NotLoggedIn => SignProblem::NotLoggedIn.text(locale).to_string(),
        P::Forbidden => SignProblem::Forbidden.text(locale).to_string(),
        P::TwoFactorRequired => SignProblem::TwoFactorRequired.text(locale).to_string(),
        P::Internal => SignProblem::Internal.text(locale).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::FormProblem;

    #[test]
    fn codes_round_trip() {
        for p in SignProblem::ALL.iter().copied() {
            assert_eq!(<SignProblem as FormProblem>::from_code(p.code()), Some(p));
        }
        assert_eq!(<SignProblem as FormProblem>::from_code("<b>"), None);
    }
}
