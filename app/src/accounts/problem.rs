//! Why an account form was refused. Each problem has a short code: without JavaScript the form
//! page is reloaded with `?problem=code` (see `outcome`), with it the value arrives as JSON; the
//! page shows the same localised sentence either way.
use leptos::prelude::{FromServerFnError, ServerFnErrorErr};
use leptos::server_fn::codec::JsonEncoding;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AccountProblem {
    #[error("not an email address")]
    InvalidEmail,
    #[error("display name empty or too long")]
    InvalidName,
    #[error("password too short")]
    PasswordTooShort,
    #[error("password too long")]
    PasswordTooLong,
    #[error("password too common")]
    PasswordTooCommon,
    /// The same answer for an unknown email and a wrong password.
    #[error("wrong email or password")]
    WrongCredentials,
    #[error("current password wrong")]
    WrongCurrentPassword,
    #[error("email not verified yet")]
    EmailNotVerified,
    #[error("link unknown")]
    LinkUnknown,
    #[error("link expired")]
    LinkExpired,
    #[error("link already used")]
    LinkUsed,
    #[error("too many attempts")]
    TooManyAttempts { wait_minutes: i64 },
    #[error("two-factor code wrong or used")]
    WrongCode,
    /// The time between the password and the code ran out, or the code page was opened alone.
    #[error("log in again")]
    LogInAgain,
    /// Moderators and admins must turn on two-factor authentication before using their role.
    #[error("two-factor authentication required")]
    TwoFactorRequired,
    /// An administrator cannot take their own administrator role away (another one can), so
    /// the site is never left without one by a slip.
    #[error("own admin role")]
    OwnAdminRole,
    #[error("no such organisation")]
    UnknownOrganisation,
    /// A step that cannot be undone was asked for without ticking its confirmation.
    #[error("not confirmed")]
    NotConfirmed,
    #[error("not logged in")]
    NotLoggedIn,
    #[error("not allowed")]
    Forbidden,
    #[error("unknown language or time zone")]
    BadChoice,
    #[error("bad request")]
    BadRequest,
    #[error("internal error")]
    Internal,
}

problem_codes! {
    AccountProblem {
        InvalidEmail = "invalid-email",
        InvalidName = "invalid-name",
        PasswordTooShort = "password-too-short",
        PasswordTooLong = "password-too-long",
        PasswordTooCommon = "password-too-common",
        WrongCredentials = "wrong-credentials",
        WrongCurrentPassword = "wrong-current-password",
        EmailNotVerified = "email-not-verified",
        LinkUnknown = "link-unknown",
        LinkExpired = "link-expired",
        LinkUsed = "link-used",
        WrongCode = "wrong-code",
        LogInAgain = "log-in-again",
        TwoFactorRequired = "two-factor-required",
        OwnAdminRole = "own-admin-role",
        UnknownOrganisation = "unknown-organisation",
        NotConfirmed = "not-confirmed",
        NotLoggedIn = "not-logged-in",
        Forbidden = "forbidden",
        BadChoice = "bad-choice",
        BadRequest = "bad-request",
        Internal = "internal",
    } with_data { TooManyAttempts }
}

impl AccountProblem {
    pub fn code(self) -> String {
        match self {
            AccountProblem::TooManyAttempts { wait_minutes } => format!("too-many-attempts-{wait_minutes}"),
            other => other.fixed_code().unwrap_or("internal").to_string(),
        }
    }

    /// The problem a code names; `None` for anything else (a hand-edited address shows nothing).
    pub fn from_code(code: &str) -> Option<AccountProblem> {
        if let Some(minutes) = code.strip_prefix("too-many-attempts-") {
            let wait_minutes = minutes.parse().ok().filter(|m| (1..=24 * 60).contains(m))?;
            return Some(AccountProblem::TooManyAttempts { wait_minutes });
        }
        AccountProblem::from_fixed_code(code)
    }

    pub fn status(self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            AccountProblem::TooManyAttempts { .. } => StatusCode::TOO_MANY_REQUESTS,
            AccountProblem::NotLoggedIn => StatusCode::UNAUTHORIZED,
            AccountProblem::Forbidden | AccountProblem::TwoFactorRequired => StatusCode::FORBIDDEN,
            AccountProblem::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            _ => StatusCode::BAD_REQUEST,
        }
    }
}

impl FromServerFnError for AccountProblem {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) | ServerFnErrorErr::Deserialization(_) => {
                AccountProblem::BadRequest
            }
            _ => AccountProblem::Internal,
        }
    }
}

impl From<crate::error::AppError> for AccountProblem {
    fn from(err: crate::error::AppError) -> Self {
        match err {
            crate::error::AppError::BadRequest | crate::error::AppError::NotFound => AccountProblem::BadRequest,
            _ => AccountProblem::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AccountProblem {
    fn from(err: sqlx::Error) -> Self {
        tracing::error!(error = %err, "database error in an account function");
        AccountProblem::Internal
    }
}

#[cfg(test)]
mod tests {
    use super::AccountProblem;

    #[test]
    fn codes_round_trip_and_strangers_are_ignored() {
        for p in [AccountProblem::InvalidEmail, AccountProblem::LinkUsed, AccountProblem::TooManyAttempts { wait_minutes: 3 }] {
            assert_eq!(AccountProblem::from_code(&p.code()), Some(p));
        }
        assert_eq!(AccountProblem::from_code("too-many-attempts-0"), None);
        assert_eq!(AccountProblem::from_code("too-many-attempts-x"), None);
        assert_eq!(AccountProblem::from_code("<script>"), None);
    }
}
