//! Pieces of interface shared by every domain.
pub mod html;
mod labels;
mod layout;
mod status;

pub use labels::{count_countries, count_organisations, kind_label, theme_label};
pub use layout::{Layout, LocalisedHead};
pub use status::{ErrorMessage, NotFound};
