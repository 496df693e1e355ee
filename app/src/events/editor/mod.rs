//! Creating and editing events in the browser, by the editors of an organising organisation
//! and by admins. The form is a plain POST (no JavaScript needed, none used): on a refusal the
//! draft is kept in the session and the form shows it again with the reason.
pub mod api;
mod page;
mod problem;
#[cfg(feature = "ssr")]
mod validate;

pub use page::{EditEventPage, NewEventPage};
pub use problem::EditProblem;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The texts of one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TextForm {
    pub title: String,
    pub summary: String,
    pub description: String,
    pub report: String,
    pub funding: String,
}

/// The form as posted: every field as typed, validated on the server.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventForm {
    /// The slug the event had when the form was opened; empty for a new event.
    pub editing: String,
    pub slug: String,
    pub kind: String,
    pub format: String,
    pub status: String,
    pub timezone: String,
    /// Local to `timezone`, as `<input type="datetime-local">` gives it: `2024-03-17T10:00`.
    pub starts: String,
    pub ends: String,
    pub postponed_from: String,
    pub venue: String,
    pub city: String,
    pub country: String,
    /// Codes separated by spaces or commas: `en ar fr`.
    pub languages: String,
    pub original_language: String,
    pub capacity: String,
    pub rsvp_opens: String,
    pub rsvp_closes: String,
    pub join_url: String,
    pub attendance: String,
    /// Slugs separated by spaces or commas.
    pub organisers: String,
    pub themes: Vec<String>,
    /// One per line: `name | affiliation | role | bio`.
    pub speakers: String,
    /// One per line: `language | how to join`.
    pub channels: String,
    /// One per line: `title | 2021-06-03T16:00 | 2021-06-03T18:00`.
    pub sessions: String,
    /// One per line: `language | address | minutes in where it starts`.
    pub recordings: String,
    /// By language code.
    pub texts: BTreeMap<String, TextForm>,
    /// "on" to mail the people registered about this change.
    pub notify: String,
}
