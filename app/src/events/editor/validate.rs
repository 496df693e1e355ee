//! From the posted form to an event that may be written, and back (to fill the form).
use super::{EditProblem, EventForm, TextForm};
use crate::events::queries::{EventText, NewEvent, NewSpeaker};
use crate::events::{time, EventFormat, EventKind, EventStatus, SpeakerRole};
use crate::organisations::{is_slug, Theme};

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).map(str::to_string).collect()
}

fn language(code: &str) -> Result<String, EditProblem> {
    let code = code.trim().to_ascii_lowercase();
    crate::locale::language_autonym(&code).map(|_| code).ok_or(EditProblem::UnknownLanguage)
}

fn optional_number(text: &str) -> Result<Option<i64>, EditProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<i64>().ok().filter(|n| (0..=10_000_000).contains(n)).map(Some).ok_or(EditProblem::BadNumber)
}

fn url(text: &str) -> Result<String, EditProblem> {
    let text = text.trim();
    if text.is_empty() || ((text.starts_with("https://") || text.starts_with("http://")) && !text.contains(char::is_whitespace) && text.len() <= 500) {
        Ok(text.to_string())
    } else {
        Err(EditProblem::BadUrl)
    }
}

/// The `|`-separated cells of each non-empty line, trimmed; every line needs `min` cells.
fn lines(text: &str, min: usize) -> Result<Vec<Vec<String>>, EditProblem> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let cells: Vec<String> = l.split('|').map(|c| c.trim().to_string()).collect();
            if cells.len() >= min && !cells[0].is_empty() { Ok(cells) } else { Err(EditProblem::BadLine) }
        })
        .collect()
}

/// Checks everything that needs no database; organisers' slugs are checked when written.
pub fn to_event(form: &EventForm) -> Result<NewEvent, EditProblem> {
    let slug = form.slug.trim().to_ascii_lowercase();
    if !is_slug(&slug) || slug.len() > 80 {
        return Err(EditProblem::BadSlug);
    }
    let kind = EventKind::from_code(form.kind.trim()).ok_or(EditProblem::BadChoice)?;
    let format = EventFormat::from_code(form.format.trim()).ok_or(EditProblem::BadChoice)?;
    let status = if form.status.trim().is_empty() { EventStatus::Scheduled } else { EventStatus::from_code(form.status.trim()).ok_or(EditProblem::BadChoice)? };
    let timezone = form.timezone.trim().to_string();
    if time::zone(&timezone).is_none() {
        return Err(EditProblem::UnknownTimezone);
    }
    let at = |text: &str| time::parse_input_local(text, &timezone).ok_or(EditProblem::BadTime);
    let optional_at = |text: &str| if text.trim().is_empty() { Ok(None) } else { at(text).map(Some) };
    let starts_at = at(&form.starts)?;
    let ends_at = at(&form.ends)?;
    if ends_at < starts_at {
        return Err(EditProblem::EndsBeforeStart);
    }
    let languages = words(&form.languages).iter().map(|l| language(l)).collect::<Result<Vec<_>, _>>()?;
    let mut texts = Vec::new();
    for (code, t) in &form.texts {
        if t.title.trim().is_empty() {
            continue;
        }
        texts.push(EventText {
            language: language(code)?,
            title: t.title.trim().chars().take(300).collect(),
            summary: t.summary.trim().chars().take(1_000).collect(),
            description: t.description.trim().chars().take(50_000).collect(),
            report: t.report.trim().chars().take(50_000).collect(),
            funding: t.funding.trim().chars().take(500).collect(),
        });
    }
    let original_language = if form.original_language.trim().is_empty() {
        texts.first().map(|t: &EventText| t.language.clone()).ok_or(EditProblem::NoTitle)?
    } else {
        language(&form.original_language)?
    };
    if !texts.iter().any(|t: &EventText| t.language == original_language) {
        return Err(EditProblem::NoTitle);
    }
    let themes = form.themes.iter().map(|t| Theme::from_code(t).ok_or(EditProblem::BadChoice)).collect::<Result<Vec<_>, _>>()?;
    let speakers = lines(&form.speakers, 1)?
        .into_iter()
        .map(|cells| {
            let role = cells.get(2).filter(|r| !r.is_empty()).map_or(Ok(SpeakerRole::Speaker), |r| SpeakerRole::from_code(&r.to_ascii_lowercase()).ok_or(EditProblem::BadLine))?;
            let bio = cells.get(3).cloned().unwrap_or_default();
            Ok(NewSpeaker {
                name: cells[0].clone(),
                affiliation: cells.get(1).cloned().unwrap_or_default(),
                role,
                bios: if bio.is_empty() { Vec::new() } else { vec![(original_language.clone(), bio)] },
            })
        })
        .collect::<Result<Vec<_>, EditProblem>>()?;
    let channels = lines(&form.channels, 2)?.into_iter().map(|c| Ok((language(&c[0])?, c[1].clone()))).collect::<Result<Vec<_>, EditProblem>>()?;
    let sessions = lines(&form.sessions, 3)?
        .into_iter()
        .map(|c| {
            let (from, to) = (at(&c[1])?, at(&c[2])?);
            if to < from { Err(EditProblem::EndsBeforeStart) } else { Ok((c[0].clone(), from, to)) }
        })
        .collect::<Result<Vec<_>, EditProblem>>()?;
    let recordings = lines(&form.recordings, 2)?
        .into_iter()
        .map(|c| {
            let minutes = optional_number(c.get(2).map_or("", String::as_str))?.unwrap_or(0);
            let address = url(&c[1])?;
            if address.is_empty() { Err(EditProblem::BadUrl) } else { Ok((language(&c[0])?, address, minutes * 60)) }
        })
        .collect::<Result<Vec<_>, EditProblem>>()?;
    Ok(NewEvent {
        slug,
        kind,
        format,
        status,
        starts_at,
        ends_at,
        timezone: timezone.clone(),
        postponed_from: optional_at(&form.postponed_from)?,
        venue: form.venue.trim().chars().take(200).collect(),
        city: form.city.trim().chars().take(120).collect(),
        country: form.country.trim().to_ascii_uppercase().chars().take(2).collect(),
        original_language,
        languages,
        capacity: optional_number(&form.capacity)?,
        rsvp_opens_at: optional_at(&form.rsvp_opens)?,
        rsvp_closes_at: optional_at(&form.rsvp_closes)?,
        join_url: url(&form.join_url)?,
        attendance: optional_number(&form.attendance)?,
        texts,
        organisers: words(&form.organisers).into_iter().map(|s| s.to_ascii_lowercase()).collect(),
        themes,
        speakers,
        channels,
        sessions,
        recordings,
    })
}

/// The form for an existing event.
pub fn to_form(event: &NewEvent) -> EventForm {
    let tz = time::zone(&event.timezone).unwrap_or(chrono_tz::Tz::UTC);
    let local = |at: i64| time::input_local(at, tz);
    let optional = |at: Option<i64>| at.map(local).unwrap_or_default();
    let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    EventForm {
        editing: event.slug.clone(),
        slug: event.slug.clone(),
        kind: event.kind.code().into(),
        format: event.format.code().into(),
        status: event.status.code().into(),
        timezone: event.timezone.clone(),
        starts: local(event.starts_at),
        ends: local(event.ends_at),
        postponed_from: optional(event.postponed_from),
        venue: event.venue.clone(),
        city: event.city.clone(),
        country: event.country.clone(),
        languages: event.languages.join(" "),
        original_language: event.original_language.clone(),
        capacity: number(event.capacity),
        rsvp_opens: optional(event.rsvp_opens_at),
        rsvp_closes: optional(event.rsvp_closes_at),
        join_url: event.join_url.clone(),
        attendance: number(event.attendance),
        organisers: event.organisers.join(" "),
        themes: event.themes.iter().map(|t| t.code().to_string()).collect(),
        speakers: event
            .speakers
            .iter()
            .map(|s| {
                let bio = s.bios.iter().find(|b| b.0 == event.original_language).or(s.bios.first()).map(|b| b.1.clone()).unwrap_or_default();
                format!("{} | {} | {} | {}", s.name, s.affiliation, s.role.code(), bio.replace('\n', " "))
            })
            .collect::<Vec<_>>()
            .join("\n"),
        channels: event.channels.iter().map(|(l, i)| format!("{l} | {}", i.replace('\n', " "))).collect::<Vec<_>>().join("\n"),
        sessions: event.sessions.iter().map(|(t, a, b)| format!("{t} | {} | {}", local(*a), local(*b))).collect::<Vec<_>>().join("\n"),
        recordings: event.recordings.iter().map(|(l, u, o)| format!("{l} | {u} | {}", o / 60)).collect::<Vec<_>>().join("\n"),
        texts: event
            .texts
            .iter()
            .map(|t| {
                let form = TextForm { title: t.title.clone(), summary: t.summary.clone(), description: t.description.clone(), report: t.report.clone(), funding: t.funding.clone() };
                (t.language.clone(), form)
            })
            .collect(),
        notify: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> EventForm {
        let mut f = EventForm {
            slug: "global-call".into(),
            kind: "webinar".into(),
            format: "online".into(),
            timezone: "America/New_York".into(),
            starts: "2024-03-17T10:00".into(),
            ends: "2024-03-17T12:00".into(),
            languages: "en, ar fr".into(),
            capacity: "50".into(),
            organisers: "icsgp".into(),
            themes: vec!["legal".into()],
            speakers: "Ajamu Baraka | Black Alliance for Peace | moderator\nLamis Deek | | panelist | An attorney.".into(),
            channels: "ar | Arabic channel".into(),
            recordings: "fr | https://video.example.org/fr | 50".into(),
            ..Default::default()
        };
        f.texts.insert("en".into(), TextForm { title: "Global Call".into(), ..Default::default() });
        f
    }

    #[test]
    fn a_good_form_becomes_an_event_and_back() {
        let event = to_event(&form()).unwrap();
        assert_eq!(event.starts_at, 1_710_684_000);
        assert_eq!(event.languages, ["en", "ar", "fr"]);
        assert_eq!(event.original_language, "en");
        assert_eq!(event.speakers[0].role, SpeakerRole::Moderator);
        assert_eq!(event.speakers[1].bios, vec![("en".to_string(), "An attorney.".to_string())]);
        assert_eq!(event.recordings, vec![("fr".to_string(), "https://video.example.org/fr".to_string(), 3000)]);
        let again = to_event(&to_form(&event)).unwrap();
        assert_eq!(again.starts_at, event.starts_at);
        assert_eq!(again.speakers.len(), 2);
        assert_eq!(again.channels, event.channels);
    }

    #[test]
    fn bad_fields_are_named() {
        let bad = |change: fn(&mut EventForm), problem| {
            let mut f = form();
            change(&mut f);
            assert_eq!(to_event(&f).map(|_| ()), Err(problem));
        };
        bad(|f| f.slug = "Not a slug".into(), EditProblem::BadSlug);
        bad(|f| f.timezone = "Mars/Base".into(), EditProblem::UnknownTimezone);
        bad(|f| f.ends = "2024-03-17T09:00".into(), EditProblem::EndsBeforeStart);
        bad(|f| f.starts = "tomorrow".into(), EditProblem::BadTime);
        bad(|f| f.capacity = "-3".into(), EditProblem::BadNumber);
        bad(|f| f.texts.clear(), EditProblem::NoTitle);
        bad(|f| f.languages = "klingon".into(), EditProblem::UnknownLanguage);
        bad(|f| f.speakers = "Name | Org | emperor".into(), EditProblem::BadLine);
        bad(|f| f.join_url = "javascript:alert(1)".into(), EditProblem::BadUrl);
        bad(|f| f.kind = "party".into(), EditProblem::BadChoice);
    }
}
