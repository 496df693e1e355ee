//! From the posted form to an action that may be written, and back (to fill the form).
use super::{ActionForm, ActionTextForm};
use crate::actions::queries::NewAction;
use crate::actions::{is_partial_date, ActionKind, ActionStatus, ActionText, Signatories};
use crate::events::editor::EditProblem;
use crate::events::time;
use crate::organisations::{is_slug, Theme};

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).map(|w| w.to_ascii_lowercase()).collect()
}

fn language(code: &str) -> Result<String, EditProblem> {
    let code = code.trim().to_ascii_lowercase();
    crate::locale::language_autonym(&code).map(|_| code).ok_or(EditProblem::UnknownLanguage)
}

/// Checks everything that needs no database; organisers and events are checked when written.
pub fn to_action(form: &ActionForm) -> Result<NewAction, EditProblem> {
    let slug = form.slug.trim().to_ascii_lowercase();
    // "new" is the form's own address (`/actions/new`).
    if !is_slug(&slug) || slug.len() > 80 || slug == "new" {
        return Err(EditProblem::BadSlug);
    }
    let kind = ActionKind::from_code(form.kind.trim()).ok_or(EditProblem::BadChoice)?;
    let status = ActionStatus::from_code(form.status.trim()).ok_or(EditProblem::BadChoice)?;
    let signatories = Signatories::from_code(form.signatories.trim()).ok_or(EditProblem::BadChoice)?;
    let timezone = if form.timezone.trim().is_empty() { "UTC".to_string() } else { form.timezone.trim().to_string() };
    if time::zone(&timezone).is_none() {
        return Err(EditProblem::UnknownTimezone);
    }
    let optional_at = |text: &str| {
        if text.trim().is_empty() { Ok(None) } else { time::parse_input_local(text, &timezone).map(Some).ok_or(EditProblem::BadTime) }
    };
    let (opens_at, closes_at) = (optional_at(&form.opens)?, optional_at(&form.closes)?);
    if let (Some(opens), Some(closes)) = (opens_at, closes_at) {
        if closes < opens {
            return Err(EditProblem::EndsBeforeStart);
        }
    }
    let goal = match form.goal.trim() {
        "" => None,
        given => Some(given.replace([',', ' '], "").parse::<i64>().ok().filter(|g| (1..=100_000_000).contains(g)).ok_or(EditProblem::BadGoal)?),
    };
    let adopted_on = form.adopted_on.trim().to_string();
    if !is_partial_date(&adopted_on) {
        return Err(EditProblem::BadDate);
    }
    let mut texts = Vec::new();
    for (code, t) in &form.texts {
        if t.title.trim().is_empty() {
            continue;
        }
        texts.push(ActionText {
            language: language(code)?,
            title: t.title.trim().chars().take(300).collect(),
            summary: t.summary.trim().chars().take(1_000).collect(),
            body: t.body.trim().chars().take(50_000).collect(),
            target: t.target.trim().chars().take(500).collect(),
            adopted_by: t.adopted_by.trim().chars().take(300).collect(),
        });
    }
    let original_language = if form.original_language.trim().is_empty() {
        texts.first().map(|t: &ActionText| t.language.clone()).ok_or(EditProblem::NoTitle)?
    } else {
        language(&form.original_language)?
    };
    if !texts.iter().any(|t| t.language == original_language) {
        return Err(EditProblem::NoTitle);
    }
    let themes = form.themes.iter().map(|t| Theme::from_code(t).ok_or(EditProblem::BadChoice)).collect::<Result<Vec<_>, _>>()?;
    let (organisers, events) = (words(&form.organisers), words(&form.events));
    if organisers.iter().chain(&events).any(|s| !is_slug(s)) {
        return Err(EditProblem::UnknownOrganiser);
    }
    Ok(NewAction {
        slug,
        kind,
        status,
        signatories,
        opens_at,
        closes_at,
        timezone,
        goal,
        adopted_on,
        original_language,
        texts,
        organisers,
        events,
        themes,
        reported: Vec::new(),
    })
}

/// The form for an existing action.
pub fn to_form(action: &NewAction) -> ActionForm {
    let tz = time::zone(&action.timezone).unwrap_or(chrono_tz::Tz::UTC);
    let local = |at: Option<i64>| at.map(|at| time::input_local(at, tz)).unwrap_or_default();
    ActionForm {
        editing: action.slug.clone(),
        slug: action.slug.clone(),
        kind: action.kind.code().into(),
        status: action.status.code().into(),
        signatories: action.signatories.code().into(),
        timezone: action.timezone.clone(),
        opens: local(action.opens_at),
        closes: local(action.closes_at),
        goal: action.goal.map(|g| g.to_string()).unwrap_or_default(),
        adopted_on: action.adopted_on.clone(),
        original_language: action.original_language.clone(),
        organisers: action.organisers.join(" "),
        events: action.events.join(" "),
        themes: action.themes.iter().map(|t| t.code().to_string()).collect(),
        texts: action
            .texts
            .iter()
            .map(|t| {
                let form = ActionTextForm { title: t.title.clone(), summary: t.summary.clone(), body: t.body.clone(), target: t.target.clone(), adopted_by: t.adopted_by.clone() };
                (t.language.clone(), form)
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ActionForm {
        let mut f = ActionForm {
            slug: "an-example-letter".into(),
            kind: "sign_on_letter".into(),
            status: "open".into(),
            signatories: "organisations".into(),
            timezone: "Asia/Gaza".into(),
            closes: "2030-06-30T23:59".into(),
            goal: "1,000".into(),
            organisers: "icsgp, ccivs".into(),
            themes: vec!["peace".into()],
            ..Default::default()
        };
        f.texts.insert("en".into(), ActionTextForm { title: "An example letter".into(), body: "**Stop.**".into(), ..Default::default() });
        f
    }

    #[test]
    fn a_good_form_becomes_an_action_and_back() {
        let action = to_action(&form()).unwrap();
        assert_eq!(action.goal, Some(1000));
        assert_eq!(action.organisers, ["icsgp", "ccivs"]);
        assert_eq!(action.original_language, "en");
        assert!(action.closes_at.is_some() && action.opens_at.is_none());
        let again = to_action(&to_form(&action)).unwrap();
        assert_eq!((again.closes_at, again.goal, again.texts), (action.closes_at, action.goal, action.texts));
    }

    #[test]
    fn bad_fields_are_named() {
        let bad = |change: fn(&mut ActionForm), problem| {
            let mut f = form();
            change(&mut f);
            assert_eq!(to_action(&f).map(|_| ()), Err(problem));
        };
        bad(|f| f.slug = "Not a slug".into(), EditProblem::BadSlug);
        bad(|f| f.slug = "new".into(), EditProblem::BadSlug);
        bad(|f| f.kind = "party".into(), EditProblem::BadChoice);
        bad(|f| f.signatories = "everyone".into(), EditProblem::BadChoice);
        bad(|f| f.timezone = "Mars/Base".into(), EditProblem::UnknownTimezone);
        bad(|f| f.opens = "2031-01-01T00:00".into(), EditProblem::EndsBeforeStart);
        bad(|f| f.closes = "soon".into(), EditProblem::BadTime);
        bad(|f| f.goal = "-5".into(), EditProblem::BadGoal);
        bad(|f| f.adopted_on = "November".into(), EditProblem::BadDate);
        bad(|f| f.texts.clear(), EditProblem::NoTitle);
        bad(|f| f.original_language = "klingon".into(), EditProblem::UnknownLanguage);
        bad(|f| f.organisers = "<script>".into(), EditProblem::UnknownOrganiser);
    }
}
