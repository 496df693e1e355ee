//! The directory of organisations: networks, coalitions, chapters and communities, with their
//! texts in several languages, their themes and the networks they belong to.
pub mod api;
mod card;
mod directory;
pub mod filter_options;
pub(crate) mod filter;
mod model;
mod profile;
pub mod search;

#[cfg(feature = "ssr")]
pub mod countries;
#[cfg(feature = "ssr")]
pub mod queries;

pub use card::OrganisationCardView;
pub use directory::DirectoryPage;
pub use filter::{is_slug, DirectoryFilter, DirectoryNotice, DirectoryQuery, PAGE_SIZE};
pub use model::*;
pub use profile::ProfilePage;

/// "Hebron, Palestine", or just what is known of the two: an organisation that works across
/// countries (or whose place its page does not give) has neither, and shows no place.
pub fn place(locale: crate::i18n::Locale, city: &str, country_name: &str) -> String {
    let known: Vec<String> = [city, country_name].iter().filter(|s| !s.is_empty()).map(|s| s.to_string()).collect();
    crate::locale::join_list(locale, &known)
}
