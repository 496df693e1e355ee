//! Pieces of interface shared by every domain.
mod labels;
mod layout;
mod status;

pub use labels::{kind_label, theme_label};
pub use layout::{Layout, LocalisedHead};
pub use status::{ErrorMessage, NotFound};
