//! The editor's server functions: the form's contents (an existing event, a new one, or the
//! draft a refusal kept) and saving it. Saving answers a plain form post with 303: to the
//! event, or back to the form with `?problem=…`.
use super::{EditProblem, EventForm};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
#[cfg(feature = "ssr")]
use crate::access::Action;

/// The session key of a refused form, kept so the form can show it again.
#[cfg(feature = "ssr")]
const DRAFT: &str = "event-draft";

/// The form for `slug` (empty: a new event).
#[server(prefix = "/api", endpoint = "event-form", input = GetUrl)]
pub async fn load_event_form(#[server(default)] slug: String) -> Result<EventForm, EditProblem> {
    use crate::accounts::signed_in;
    let result = async {
        let db = crate::state::db()?;
        let session = signed_in::session().await?;
        let user = signed_in::required(&session, crate::now()).await?;
        let actor = crate::access::actor(&db, Some(user)).await?;
        allowed(&actor, Action::AddEvent)?;
        let existing = if slug.is_empty() { None } else { Some(super::super::queries::load_event(&db, &slug).await?.ok_or(EditProblem::UnknownEvent)?) };
        if let Some((_, event)) = &existing {
            allowed(&actor, Action::EditEvent { organisers: &event.organisers })?;
        }
        if let Some(draft) = signed_in::kept::<EventForm>(&session, DRAFT).await? {
            signed_in::forget(&session, DRAFT).await?;
            if draft.editing == slug {
                return Ok(draft);
            }
        }
        Ok(match existing {
            Some((_, event)) => super::validate::to_form(&event),
            None => EventForm {
                kind: "webinar".into(),
                format: "online".into(),
                status: "scheduled".into(),
                timezone: "UTC".into(),
                languages: "en".into(),
                original_language: "en".into(),
                organisers: actor.edits.first().cloned().unwrap_or_default(),
                ..Default::default()
            },
        })
    }
    .await;
    crate::forms::outcome::answer(result)
}

/// Creates or updates the event the form describes, and tells the people registered about a
/// cancellation or new times (always), or about other changes and, after the event, the
/// recordings and report (when the form asks).
#[server(prefix = "/api", endpoint = "save-event")]
pub async fn save_event(locale: String, form: EventForm) -> Result<String, EditProblem> {
    use super::super::queries::{insert_event, load_event, tell_change, update_event, EventChange, EventWriteError};
    use super::super::EventStatus;
    use crate::accounts::signed_in;
    let ui = crate::locale::from_code(&locale).ok_or(EditProblem::BadRequest)?;
    let form_page = if form.editing.is_empty() { "/events/new".to_string() } else { format!("/events/{}/edit", form.editing) };
    let form_page = crate::locale::localise_path(ui, &form_page);
    let result = async {
        let db = crate::state::db()?;
        let public_url = crate::state::public_url()?;
        let session = signed_in::session().await?;
        let user = signed_in::required(&session, crate::now()).await?;
        let now = crate::now();
        let outcome = async {
            let event = super::validate::to_event(&form)?;
            let actor = crate::access::actor(&db, Some(user)).await?;
            allowed(&actor, Action::AddEvent)?;
            allowed(&actor, Action::EditEvent { organisers: &event.organisers })?;
            let taken = |slug: String| {
                let db = db.clone();
                async move {
                    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM events WHERE slug = $1").bind(slug).fetch_one(&db.pool).await?;
                    Ok::<bool, EditProblem>(n > 0)
                }
            };
            let written = |e: EventWriteError| match e {
                EventWriteError::UnknownOrganiser(_) => EditProblem::UnknownOrganiser,
                EventWriteError::EndsBeforeStart => EditProblem::EndsBeforeStart,
                EventWriteError::UnknownTimezone(_) => EditProblem::UnknownTimezone,
                EventWriteError::MissingOriginalText(_) => EditProblem::NoTitle,
                EventWriteError::Database(e) => EditProblem::from(e),
            };
            if form.editing.is_empty() {
                if taken(event.slug.clone()).await? {
                    return Err(EditProblem::SlugTaken);
                }
                let mut tx = db.begin_write().await?;
                insert_event(&mut tx, &event, now).await.map_err(written)?;
                tx.commit().await?;
                return Ok(event.slug);
            }
            let (id, old) = load_event(&db, &form.editing).await?.ok_or(EditProblem::UnknownEvent)?;
            allowed(&actor, Action::EditEvent { organisers: &old.organisers })?;
            if event.slug != old.slug && taken(event.slug.clone()).await? {
                return Err(EditProblem::SlugTaken);
            }
            let change = if event.status == EventStatus::Cancelled && old.status != EventStatus::Cancelled {
                Some(EventChange::Cancelled)
            } else if event.starts_at != old.starts_at || event.ends_at != old.ends_at || (event.status == EventStatus::Postponed && old.status != EventStatus::Postponed) {
                Some(EventChange::Rescheduled)
            } else if form.notify == "on" {
                Some(if now >= event.ends_at { EventChange::FollowUp } else { EventChange::Updated })
            } else {
                None
            };
            let mut tx = db.begin_write().await?;
            update_event(&mut tx, id, &event, now).await.map_err(written)?;
            if let Some(change) = change {
                tell_change(&mut tx, db.backend, id, change, &public_url, now).await?;
            }
            tx.commit().await?;
            Ok(event.slug)
        }
        .await;
        if outcome.is_err() {
            // Without JavaScript the browser comes back to an empty form: keep what was typed.
            signed_in::keep(&session, DRAFT, form.clone()).await?;
        }
        outcome
    }
    .await;
    let done = match &result {
        Ok(slug) => crate::locale::localise_path(ui, &format!("/events/{slug}?saved=1")),
        Err(_) => String::new(),
    };
    crate::forms::outcome::finish(result, &done, &form_page)
}

/// Asks `crate::access`; an editor refused an event of other organisations is told so.
#[cfg(feature = "ssr")]
fn allowed(actor: &crate::access::Actor, action: Action<'_>) -> Result<(), EditProblem> {
    use crate::access::Refusal;
    crate::access::may(actor, action).map_err(|refusal| match refusal {
        Refusal::LogIn => EditProblem::NotLoggedIn,
        Refusal::TwoFactorRequired => EditProblem::TwoFactorRequired,
        Refusal::Forbidden if !actor.edits.is_empty() => EditProblem::NotYourOrganisation,
        Refusal::Forbidden => EditProblem::Forbidden,
    })
}
