//! The events' SQL, run unchanged on SQLite and PostgreSQL (checked by the integration tests
//! on both).
mod attendees;
mod detail;
mod listing;
mod rsvp;
mod write;

pub use attendees::{attendees, organisers_of, to_csv, AttendeeRow};
pub use detail::{event_detail, seat_counts, window};
pub use listing::{calendar_entries, events_page, member_rsvps, organisation_events, organiser_options, PROFILE_EVENTS};
pub use rsvp::{cancel, confirm_guest, my_rsvp, register, send_due_reminders, tell_change, uid, Attendee, EventChange, Holder};
pub use write::{insert_event, load_event, update_event, EventText, EventWriteError, NewEvent, NewSpeaker};
