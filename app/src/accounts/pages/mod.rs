//! The account pages. Every form is an `ActionForm` posting to its server function: with
//! JavaScript it answers in place, without it the browser posts and is redirected.
mod account;
mod form;
mod header;
mod links;
mod log_in;
mod reset;
mod sign_up;
mod two_factor;

pub use account::AccountPage;
pub use form::{role_label, shown_problem, DoneNotice, LocaleField, ProblemMessage};
pub use header::{AccountMenu, SessionChanged};
pub use links::{CheckMailPage, LinkLogInPage, VerifyEmailPage};
pub use log_in::LogInPage;
pub use reset::{NewPasswordPage, ResetRequestPage};
pub use sign_up::SignUpPage;
pub use two_factor::{CodePage, RecoveryCodesPage, TwoFactorSetupPage};
