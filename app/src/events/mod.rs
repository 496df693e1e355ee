//! Conferences, webinars, series, study visits and monthly calls: their pages, the events list
//! and calendar, RSVPs with capacity and waitlist, and their calendar files.
pub mod api;
mod attendees_page;
mod card;
pub mod editor;
mod filter;
pub mod labels;
mod list;
mod model;
mod on_profile;
mod page;
mod problem;
mod rsvp_box;
mod rsvp_page;

#[cfg(feature = "ssr")]
pub mod ical;
#[cfg(feature = "ssr")]
pub mod json_ld;
#[cfg(feature = "ssr")]
pub(crate) mod markdown;
#[cfg(feature = "ssr")]
pub mod queries;
#[cfg(feature = "ssr")]
pub mod time;

pub use attendees_page::AttendeesPage;
pub use card::EventCardView;
pub use editor::{EditEventPage, NewEventPage};
pub use filter::{EventsFilter, EventsNotice, EventsQuery, Month, When, EVENTS_PAGE_SIZE};
pub use list::EventsPage;
pub use model::*;
pub use on_profile::{MyEventsSection, OrganisationEventsSection};
pub use page::EventPage;
pub use problem::RsvpProblem;
pub use rsvp_page::RsvpLinkPage;
