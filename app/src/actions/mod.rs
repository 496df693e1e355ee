//! Sign-on letters, petitions and statements: what they are, how they are signed and counted,
//! their pages, and on the server how they are stored.
pub mod api;
#[cfg(feature = "ssr")]
pub mod atom;
mod card;
pub mod editor;
mod filter;
pub mod labels;
mod list;
mod model;
mod on_profile;
mod page;
mod problem;
mod sign_box;
mod sign_page;
mod signatures_page;
mod signers;

#[cfg(feature = "ssr")]
pub mod queries;

pub use card::ActionCardView;
pub use editor::{EditActionPage, NewActionPage};
pub use filter::{ActionsFilter, ActionsQuery, ACTIONS_PAGE_SIZE};
pub use list::ActionsPage;
pub use model::*;
pub use on_profile::OrganisationActionsSection;
pub use page::ActionPage;
pub use problem::{import_problem_text, SignProblem};
pub use sign_page::SignLinkPage;
pub use signatures_page::SignaturesPage;
