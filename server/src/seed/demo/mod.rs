//! The demo: the organisations, gatherings and actions that the five pages of `shared/seeds/` describe,
//! said only as those pages say them, in English and Arabic (CCIVS, ICSGP and one upcoming
//! meeting also in French or Spanish), plus upcoming items whose texts say they are examples.
//! Comments such as "004:" name the page a part comes from (`shared/seeds/004_*.txt`).
mod actions;
mod directory;
mod events;
mod examples;
#[cfg(test)]
mod tests;

use app::actions::queries::{insert_action, ActionWriteError, NewAction};
use app::db::Db;
use app::events::queries::{insert_event, NewEvent};
use app::organisations::queries::{add_relation, insert_organisation, NewOrganisation, WriteError};
use directory::{Entry, ENTRIES, ORIGINAL, RELATIONS};

/// The name an organisation goes by in `language`: `short` for its short form where it has one.
/// Falls back to the original language, as the directory does for a text not translated.
fn name_of(slug: &str, short: bool, language: &str) -> Option<&'static str> {
    let entry = ENTRIES.iter().find(|e| e.slug == slug)?;
    let full = |lang: &str| entry.texts.iter().find(|(l, _, _)| *l == lang).map(|(_, n, _)| *n);
    let brief = |lang: &str| entry.short.iter().find(|(l, _)| *l == lang).map(|(_, n)| *n);
    let in_language = |lang: &str| if short { brief(lang).or_else(|| full(lang)) } else { full(lang) };
    in_language(language).or_else(|| in_language(ORIGINAL))
}

/// A text with its `{slug}` and `{slug:short}` placeholders replaced by names in `language`.
/// An unknown slug is a mistake in the demo's own constants: it is left as written, and the
/// demo's tests fail on it.
fn fill_names(template: &str, language: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            rest = &rest[open..];
            break;
        };
        let placeholder = &after[..close];
        let (slug, short) = match placeholder.strip_suffix(":short") {
            Some(slug) => (slug, true),
            None => (placeholder, false),
        };
        match name_of(slug, short, language) {
            Some(name) => out.push_str(name),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

fn to_new_organisation(e: &Entry) -> NewOrganisation {
    NewOrganisation {
        slug: e.slug.into(),
        kind: e.kind,
        country: e.country.into(),
        city: e.city.into(),
        website: String::new(),
        contact_email: e.contact.into(),
        // The seeds say in which languages no organisation works.
        languages: Vec::new(),
        original_language: ORIGINAL.into(),
        verified: false,
        featured: e.featured,
        themes: e.themes.to_vec(),
        texts: e.texts.iter().map(|(l, n, d)| (l.to_string(), n.to_string(), fill_names(d, l))).collect(),
    }
}

/// The event with its names filled in: texts and bios in their own language; affiliations (one
/// per speaker) and the channels' instructions (keyed by the language interpreted into, written
/// in the event's) in the event's original language.
fn fill_event(mut event: NewEvent) -> NewEvent {
    let original = event.original_language.clone();
    for text in &mut event.texts {
        let lang = text.language.clone();
        for field in [&mut text.title, &mut text.summary, &mut text.description, &mut text.report, &mut text.funding] {
            *field = fill_names(field, &lang);
        }
    }
    for speaker in &mut event.speakers {
        speaker.affiliation = fill_names(&speaker.affiliation, &original);
        for (lang, bio) in &mut speaker.bios {
            *bio = fill_names(bio, lang);
        }
    }
    for (_, instructions) in &mut event.channels {
        *instructions = fill_names(instructions, &original);
    }
    event
}

/// The action with its names filled in, each text in its own language.
fn fill_action(mut action: NewAction) -> NewAction {
    for text in &mut action.texts {
        let lang = text.language.clone();
        for field in [&mut text.title, &mut text.summary, &mut text.body, &mut text.target, &mut text.adopted_by] {
            *field = fill_names(field, &lang);
        }
    }
    action
}

/// Every demo action: the letters and the statement of the seeds.
fn all_actions() -> Vec<NewAction> {
    actions::from_seeds().into_iter().map(fill_action).collect()
}

/// Every demo event, past (from the seeds) and upcoming (examples), placed relative to `now`.
fn all_events(now: i64) -> Vec<NewEvent> {
    let mut list = events::from_seeds();
    list.extend(examples::upcoming(now));
    list.into_iter().map(fill_event).collect()
}

/// Loads the demo, directory and events, in one transaction: all of it or none, so a start that
/// fails half-way leaves nothing for the next one to mistake for a loaded demo. Does nothing if
/// it is already there, so it can run on every start; when several instances start at once,
/// the ones that lose the race find it loaded and go on.
pub async fn load(db: &Db) -> Result<(), DemoError> {
    let loaded = || async { app::organisations::queries::slug_exists(db, ENTRIES[0].slug).await.map_err(WriteError::from) };
    if loaded().await? {
        tracing::info!("demo data already loaded");
        return Ok(());
    }
    let Err(failed) = insert_all(db).await else { return Ok(()) };
    if loaded().await? {
        tracing::info!(error = %failed, "demo data loaded by another instance meanwhile");
        return Ok(());
    }
    Err(failed)
}

async fn insert_all(db: &Db) -> Result<(), DemoError> {
    let now = crate::now();
    let events = all_events(now);
    let mut tx = db.begin_write().await.map_err(WriteError::from)?;
    for entry in ENTRIES {
        insert_organisation(&mut tx, &to_new_organisation(entry), now).await?;
    }
    for (from, relation, to) in RELATIONS {
        add_relation(&mut tx, from, *relation, to).await?;
    }
    for event in &events {
        insert_event(&mut tx, event, now).await?;
    }
    let actions = all_actions();
    for action in &actions {
        insert_action(&mut tx, action, now).await?;
    }
    tx.commit().await.map_err(WriteError::from)?;
    tracing::info!(organisations = ENTRIES.len(), events = events.len(), actions = actions.len(), "demo data loaded");
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(transparent)]
    Organisations(#[from] WriteError),
    #[error(transparent)]
    Events(#[from] app::events::queries::EventWriteError),
    #[error(transparent)]
    Actions(#[from] ActionWriteError),
}
