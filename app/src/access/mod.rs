//! Who may do what: the one place every guarded server function, page and download asks.
//!
//! `may(actor, action)` is a pure function of who the person is (their roles, whether
//! two-factor authentication is on, which organisations they edit) and what they ask to do
//! (with the object it touches: an event's organisers). Callers load the [`Actor`] once
//! (`actor`) and ask; they never test roles themselves. The table of every role against every
//! action is tested in `tests` below and, through the real requests, in
//! `server/tests/integration/access.rs`; the README shows it. A new guarded action adds a
//! variant here, a column to both tables, and a line to the README's.
use crate::accounts::Role;

/// Who is asking.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actor {
    /// `None`: a visitor who is not logged in.
    pub user: Option<i64>,
    pub roles: Vec<Role>,
    /// Whether two-factor authentication is on: administrators (and moderators, once there is
    /// moderation) act only with it; editors need none (the account page recommends it).
    pub two_factor: bool,
    /// The addresses (slugs) of the organisations the person edits.
    pub edits: Vec<String>,
}

/// What may be asked, with what it touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action<'a> {
    /// The attendee list of an event (the page, its server function and the CSV file).
    SeeAttendees { organisers: &'a [String] },
    /// Opening the form for a new event.
    AddEvent,
    /// Changing an event, or saving one, organised by `organisers`.
    EditEvent { organisers: &'a [String] },
    /// Opening the form for a new letter, petition or statement.
    AddAction,
    /// Changing an action, or saving one, organised by `organisers`.
    EditAction { organisers: &'a [String] },
    /// The signers of an action with their addresses and contacts (the page and the CSV file).
    SeeSigners { organisers: &'a [String] },
    /// Importing signatures gathered elsewhere from a CSV file.
    ImportSigners { organisers: &'a [String] },
    /// Recording a count of signatures reported from elsewhere.
    RecordReportedCount { organisers: &'a [String] },
    /// The people page: every account and its email address.
    SeePeople,
    /// Granting and revoking roles and organisation editors.
    GrantRoles,
}

/// Why not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not logged in: logging in may help.
    LogIn,
    /// The role is there but two-factor authentication is off: turning it on will help.
    TwoFactorRequired,
    /// Nothing the person can do will help.
    Forbidden,
}

impl Actor {
    /// A visitor who is not logged in.
    pub fn visitor() -> Actor {
        Actor::default()
    }

    fn holds(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    fn edits_any_of(&self, organisations: &[String]) -> bool {
        organisations.iter().any(|o| self.edits.contains(o))
    }
}

/// Whether `actor` may do `action`, and if not, why.
pub fn may(actor: &Actor, action: Action<'_>) -> Result<(), Refusal> {
    if actor.user.is_none() {
        return Err(Refusal::LogIn);
    }
    // Editors act for their own organisations without two-factor; every other power is an
    // administrator's, used only with two-factor on.
    let as_editor = match action {
        Action::SeeAttendees { organisers }
        | Action::EditEvent { organisers }
        | Action::EditAction { organisers }
        | Action::SeeSigners { organisers }
        | Action::ImportSigners { organisers }
        | Action::RecordReportedCount { organisers } => actor.edits_any_of(organisers),
        Action::AddEvent | Action::AddAction => !actor.edits.is_empty(),
        Action::SeePeople | Action::GrantRoles => false,
    };
    if as_editor {
        return Ok(());
    }
    match (actor.holds(Role::Admin), actor.two_factor) {
        (true, true) => Ok(()),
        (true, false) => Err(Refusal::TwoFactorRequired),
        (false, _) => Err(Refusal::Forbidden),
    }
}

/// The person logged in as `user` (none: a visitor), as `may` needs them.
#[cfg(feature = "ssr")]
pub async fn actor(db: &crate::db::Db, user: Option<i64>) -> Result<Actor, sqlx::Error> {
    let Some(id) = user else { return Ok(Actor::visitor()) };
    let roles = crate::accounts::users::roles(db, id).await?;
    let two_factor = crate::accounts::two_factor::secret_of(db, id).await?.is_some();
    let edits: Vec<(String,)> = sqlx::query_as(
        "SELECT o.slug FROM organisation_editors e JOIN organisations o ON o.id = e.organisation_id \
         WHERE e.user_id = $1 ORDER BY o.slug",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?;
    Ok(Actor { user: Some(id), roles, two_factor, edits: edits.into_iter().map(|(s,)| s).collect() })
}

#[cfg(test)]
mod tests;
