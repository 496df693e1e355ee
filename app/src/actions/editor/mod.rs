//! Creating and editing letters, petitions and statements in the browser, by the editors of
//! an organising organisation and by admins. A plain POST, like the event form: on a refusal
//! the draft is kept in the session and the form shows it again with the reason. Refusals are
//! `crate::events::EditProblem`, shared with the event form.
pub mod api;
mod page;
#[cfg(feature = "ssr")]
mod validate;

pub use page::{EditActionPage, NewActionPage};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The texts of one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActionTextForm {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub target: String,
    pub adopted_by: String,
}

/// The form as posted: every field as typed, validated on the server.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActionForm {
    /// The slug the action had when the form was opened; empty for a new action.
    pub editing: String,
    pub slug: String,
    pub kind: String,
    pub status: String,
    pub signatories: String,
    pub timezone: String,
    /// Local to `timezone`, as `<input type="datetime-local">` gives it.
    pub opens: String,
    pub closes: String,
    pub goal: String,
    /// For a statement: `2023-11` or `2023-11-24`.
    pub adopted_on: String,
    pub original_language: String,
    /// Slugs separated by spaces or commas.
    pub organisers: String,
    /// Slugs of related events, separated by spaces or commas.
    pub events: String,
    pub themes: Vec<String>,
    /// By language code.
    pub texts: BTreeMap<String, ActionTextForm>,
}
