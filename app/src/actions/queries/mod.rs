//! Actions in the database.
mod write;

pub use write::{insert_action, ActionWriteError, NewAction};
