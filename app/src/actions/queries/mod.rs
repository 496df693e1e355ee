//! Actions in the database.
mod reading;
mod signing;
mod write;

pub use reading::{action_cards, action_detail, figures, public_signers};
pub use signing::{clean_name, confirm_signature, sign, signature_of_link, Signer};
pub use write::{insert_action, ActionWriteError, NewAction};
