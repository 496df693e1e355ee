//! Pieces of interface shared by every domain.
mod bundle;
pub mod html;
mod labels;
mod layout;
mod status;
mod text;

pub use bundle::{island_loader, views_disagree, Bundle, BundleStylesheet, IslandLoader, VIEWS};
pub use labels::{count_countries, count_organisations, directory_summary, kind_label, theme_label};
pub use layout::{Layout, LocalisedHead};
pub use status::{ErrorMessage, NotFound};
pub use text::excerpt;
