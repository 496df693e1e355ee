//! What every form on the site shares, whatever its domain: how its server function answers
//! a plain post and a call from the app alike (`outcome`), and how its problem is shown.
#[cfg(feature = "ssr")]
pub mod outcome;
mod view;

pub use view::{shown_problem, shown_problem_of, LocaleField, ProblemMessage};

/// Why a form was refused, as a value that crosses the wire. Without JavaScript the form page
/// is reloaded with `?problem=code`; with it the value arrives as JSON; the page shows the same
/// localised sentence either way.
pub trait FormProblem: Copy + Send + Sync + 'static {
    fn code(self) -> String;
    /// The problem a code names; `None` for anything else (a hand-edited address shows nothing).
    fn from_code(code: &str) -> Option<Self>;
    fn status(self) -> http::StatusCode;
    fn text(self, locale: crate::i18n::Locale) -> String;
}
