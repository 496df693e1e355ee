//! The directory of organisations: networks, coalitions, chapters and communities, with their
//! texts in several languages, their themes and the networks they belong to.
pub mod api;
mod card;
mod directory;
mod filter;
mod model;
mod profile;
pub mod search;

#[cfg(feature = "ssr")]
pub mod countries;
#[cfg(feature = "ssr")]
pub mod queries;

pub use card::OrganisationCardView;
pub use directory::DirectoryPage;
pub use filter::{DirectoryFilter, DirectoryNotice, DirectoryQuery, PAGE_SIZE};
pub use model::*;
pub use profile::ProfilePage;
