//! The demo: the organisations and gatherings that the networks' own pages describe
//! (shared/seeds), said only as those pages say them, in English and Arabic (and French or
//! Spanish where the demo had them), plus a few upcoming items whose texts say they are examples.
mod directory;
mod events;
mod examples;
#[cfg(test)]
mod tests;

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
fn fill(template: &str, language: &str) -> String {
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

fn to_new(e: &Entry) -> NewOrganisation {
    NewOrganisation {
        slug: e.slug.into(),
        kind: e.kind,
        country: e.country.into(),
        city: e.city.into(),
        website: String::new(),
        contact_email: e.contact.into(),
        languages: e.languages.iter().map(|l| l.to_string()).collect(),
        original_language: ORIGINAL.into(),
        verified: e.verified,
        featured: e.featured,
        themes: e.themes.to_vec(),
        texts: e.texts.iter().map(|(l, n, d)| (l.to_string(), n.to_string(), fill(d, l))).collect(),
    }
}

/// The events with their names filled in: texts and bios in their own language, affiliations
/// (one per speaker) in the event's original language.
fn filled(mut event: NewEvent) -> NewEvent {
    for text in &mut event.texts {
        let lang = text.language.clone();
        for field in [&mut text.title, &mut text.summary, &mut text.description, &mut text.report, &mut text.funding] {
            *field = fill(field, &lang);
        }
    }
    for speaker in &mut event.speakers {
        speaker.affiliation = fill(&speaker.affiliation, &event.original_language);
        for (lang, bio) in &mut speaker.bios {
            *bio = fill(bio, lang);
        }
    }
    for (lang, instructions) in &mut event.channels {
        *instructions = fill(instructions, lang);
    }
    event
}

/// Every demo event, past (from the seeds) and upcoming (examples), placed relative to `now`.
fn all_events(now: i64) -> Vec<NewEvent> {
    let mut list = events::from_seeds();
    list.extend(examples::upcoming(now));
    list.into_iter().map(filled).collect()
}

/// Loads the demo directory and events in one transaction each. Does nothing if the directory
/// is already there, so it can run on every start.
pub async fn load(db: &Db) -> Result<(), DemoError> {
    if app::organisations::queries::slug_exists(db, ENTRIES[0].slug).await.map_err(WriteError::from)? {
        tracing::info!("demo data already loaded");
        return Ok(());
    }
    let now = crate::now();
    let mut tx = db.begin_write().await.map_err(WriteError::from)?;
    for entry in ENTRIES {
        insert_organisation(&mut tx, &to_new(entry), now).await?;
    }
    for (from, relation, to) in RELATIONS {
        add_relation(&mut tx, from, *relation, to).await?;
    }
    tx.commit().await.map_err(WriteError::from)?;
    tracing::info!(organisations = ENTRIES.len(), "demo directory loaded");

    let events = all_events(now);
    let mut tx = db.begin_write().await.map_err(app::events::queries::EventWriteError::from)?;
    for event in &events {
        insert_event(&mut tx, event, now).await?;
    }
    tx.commit().await.map_err(app::events::queries::EventWriteError::from)?;
    tracing::info!(events = events.len(), "demo events loaded");
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(transparent)]
    Organisations(#[from] WriteError),
    #[error(transparent)]
    Events(#[from] app::events::queries::EventWriteError),
}
