//! The account pages. Every form is an `ActionForm` posting to its server function. The pages
//! are not islands, so the browser posts the form and is redirected (to the next page, or back
//! with `?problem=…`) whether or not JavaScript runs.
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
pub use header::AccountMenu;
pub use links::{CheckMailPage, LinkLogInPage, VerifyEmailPage};
pub use log_in::LogInPage;
pub use reset::{NewPasswordPage, ResetRequestPage};
pub use sign_up::SignUpPage;
pub use two_factor::{CodePage, RecoveryCodesPage, TwoFactorSetupPage};
