//! Mail to people: written in the recipient's language, queued in the database in the same
//! transaction as the change it tells about, and sent by a background worker (server/src/mail.rs)
//! with retries. Queuing in the database means a mail is never lost when an instance stops,
//! and claiming with a lease means each is sent once however many instances run.
pub mod accounts;
pub mod actions;
mod compose;
pub mod events;
mod queue;

pub use compose::{compose, Line};

pub use queue::{claim, enqueue, mark_failed, mark_sent, Claimed, OutgoingMail, MAX_ATTEMPTS};
