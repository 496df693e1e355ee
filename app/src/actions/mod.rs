//! Sign-on letters, petitions and statements: what they are, how they are signed and counted,
//! their pages, and on the server how they are stored.
pub mod api;
mod card;
pub mod labels;
mod list;
mod model;
mod page;
mod problem;
mod sign_box;
mod sign_page;
mod signatures_page;
mod signers;

#[cfg(feature = "ssr")]
pub mod queries;

pub use card::ActionCardView;
pub use list::ActionsPage;
pub use model::*;
pub use page::ActionPage;
pub use problem::{import_problem_text, SignProblem};
pub use sign_page::SignLinkPage;
pub use signatures_page::SignaturesPage;
