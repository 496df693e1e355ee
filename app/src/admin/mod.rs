//! Administration: the people with accounts, and their roles. Every function here checks on
//! the server that the caller is an administrator with two-factor authentication on.
pub mod api;
mod people;

pub use people::PeoplePage;
