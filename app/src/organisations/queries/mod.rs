//! The directory's SQL. Every statement runs unchanged on SQLite and PostgreSQL (`$N`
//! placeholders, BIGINT/TEXT columns only), which the integration tests check on both.
mod listing;
mod profile;
mod write;

pub use listing::{country_options, network_options, overview, search_page, slug_exists};
pub use profile::{profile, PROFILE_MEMBERS};
pub use write::{add_relation, insert_organisation, organisation_id, refresh_listings, NewOrganisation, WriteError};
