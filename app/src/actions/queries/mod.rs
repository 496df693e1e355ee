//! Actions in the database.
mod import;
mod organisers;
mod reading;
mod signing;
mod write;

pub use import::{import_signatures, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS};
pub use organisers::{check_reported, organisers_of, record_reported_count, signature_counts, signer_rows, to_csv, SignerRow, MAX_REPORT_CHARS};
pub use reading::{action_cards, action_detail, figures, public_signers};
pub use signing::{check_signer, clean_name, confirm_signature, sign, signature_of_link, LinkedDetails, Signer};
pub use write::{insert_action, load_action, update_action, ActionWriteError, NewAction};
