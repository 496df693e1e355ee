//! The action form's server functions: its contents (an existing action, a new one, or the
//! draft a refusal kept) and saving it. Saving answers a plain form post with 303: to the
//! action, or back to the form with `?problem=…`.
use super::ActionForm;
use crate::events::editor::EditProblem;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
#[cfg(feature = "ssr")]
use crate::access::Action;

/// The session key of a refused form, kept so the form can show it again.
#[cfg(feature = "ssr")]
const DRAFT: &str = "action-draft";

/// The form for `slug` (empty: a new action).
#[server(prefix = "/api", endpoint = "action-form", input = GetUrl)]
pub async fn load_action_form(#[server(default)] slug: String) -> Result<ActionForm, EditProblem> {
    use crate::accounts::signed_in;
    let result = async {
        let db = crate::state::db()?;
        let session = signed_in::session().await?;
        let user = signed_in::required(&session, crate::now()).await?;
        let actor = crate::access::actor(&db, Some(user)).await?;
        allowed(&actor, Action::AddAction)?;
        let existing = if slug.is_empty() { None } else { Some(crate::actions::queries::load_action(&db, &slug).await?.ok_or(EditProblem::UnknownAction)?) };
        if let Some((_, action)) = &existing {
            allowed(&actor, Action::EditAction { organisers: &action.organisers })?;
        }
        if let Some(draft) = signed_in::kept::<ActionForm>(&session, DRAFT).await? {
            signed_in::forget(&session, DRAFT).await?;
            if draft.editing == slug {
                return Ok(draft);
            }
        }
        Ok(match existing {
            Some((_, action)) => super::validate::to_form(&action),
            None => ActionForm {
                kind: "sign_on_letter".into(),
                status: "open".into(),
                signatories: "both".into(),
                timezone: "UTC".into(),
                original_language: "en".into(),
                organisers: actor.edits.first().cloned().unwrap_or_default(),
                ..Default::default()
            },
        })
    }
    .await;
    crate::forms::outcome::answer(result)
}

/// Creates or updates the action the form describes.
#[server(prefix = "/api", endpoint = "save-action")]
pub async fn save_action(locale: String, form: ActionForm) -> Result<String, EditProblem> {
    use crate::accounts::signed_in;
    use crate::actions::queries::{insert_action, load_action, update_action, ActionWriteError};
    let ui = crate::locale::from_code(&locale).ok_or(EditProblem::BadRequest)?;
    let form_page = if form.editing.is_empty() { "/actions/new".to_string() } else { format!("/actions/{}/edit", form.editing) };
    let form_page = crate::locale::localise_path(ui, &form_page);
    let result = async {
        let db = crate::state::db()?;
        let session = signed_in::session().await?;
        let user = signed_in::required(&session, crate::now()).await?;
        let now = crate::now();
        let outcome = async {
            let action = super::validate::to_action(&form)?;
            let actor = crate::access::actor(&db, Some(user)).await?;
            allowed(&actor, Action::AddAction)?;
            allowed(&actor, Action::EditAction { organisers: &action.organisers })?;
            let taken = |slug: String| {
                let db = db.clone();
                async move {
                    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM actions WHERE slug = $1").bind(slug).fetch_one(&db.pool).await?;
                    Ok::<bool, EditProblem>(n > 0)
                }
            };
            let written = |e: ActionWriteError| match e {
                ActionWriteError::UnknownOrganiser(_) => EditProblem::UnknownOrganiser,
                ActionWriteError::UnknownEvent(_) => EditProblem::UnknownRelatedEvent,
                ActionWriteError::ClosesBeforeOpens => EditProblem::EndsBeforeStart,
                ActionWriteError::UnknownTimezone(_) => EditProblem::UnknownTimezone,
                ActionWriteError::MissingOriginalText(_) => EditProblem::NoTitle,
                ActionWriteError::NotADate(_) => EditProblem::BadDate,
                ActionWriteError::Negative => EditProblem::BadGoal,
                ActionWriteError::Database(e) => EditProblem::from(e),
            };
            if form.editing.is_empty() {
                if taken(action.slug.clone()).await? {
                    return Err(EditProblem::ActionSlugTaken);
                }
                let mut tx = db.begin_write().await?;
                insert_action(&mut tx, &action, now).await.map_err(written)?;
                tx.commit().await?;
                return Ok(action.slug);
            }
            let (id, old) = load_action(&db, &form.editing).await?.ok_or(EditProblem::UnknownAction)?;
            allowed(&actor, Action::EditAction { organisers: &old.organisers })?;
            if action.slug != old.slug && taken(action.slug.clone()).await? {
                return Err(EditProblem::ActionSlugTaken);
            }
            let mut tx = db.begin_write().await?;
            update_action(&mut tx, id, &action, now).await.map_err(written)?;
            tx.commit().await?;
            Ok(action.slug)
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
        Ok(slug) => crate::locale::localise_path(ui, &format!("/actions/{slug}?saved=1")),
        Err(_) => String::new(),
    };
    crate::forms::outcome::finish(result, &done, &form_page)
}

/// Asks `crate::access`; an editor refused an action of other organisations is told so.
#[cfg(feature = "ssr")]
fn allowed(actor: &crate::access::Actor, action: Action<'_>) -> Result<(), EditProblem> {
    use crate::access::Refusal;
    crate::access::may(actor, action).map_err(|refusal| match refusal {
        Refusal::LogIn => EditProblem::NotLoggedIn,
        Refusal::TwoFactorRequired => EditProblem::TwoFactorRequired,
        Refusal::Forbidden if !actor.edits.is_empty() => EditProblem::NotYourOrganisationsAction,
        Refusal::Forbidden => EditProblem::Forbidden,
    })
}
