//! The demo read as a translator and a network would read it: every item in Arabic, every
//! organisation named one way per language, nothing the seeds do not say.
use super::directory::{ENTRIES, RELATIONS};
use super::{actions, all_actions, all_events, events, examples, fill_names, name_of};
use app::events::queries::NewEvent;
use app::organisations::{OrganisationKind, Relation};

const NOW: i64 = 1_796_601_600; // 2026-12-07

/// Every text the demo writes, as written (placeholders unfilled), with its language.
fn templates() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in ENTRIES {
        for (lang, _, description) in entry.texts {
            out.push((lang.to_string(), description.to_string()));
        }
    }
    let mut unfilled: Vec<NewEvent> = events::from_seeds();
    unfilled.extend(examples::upcoming(NOW));
    for event in unfilled {
        for t in event.texts {
            for field in [t.title, t.summary, t.description, t.report, t.funding] {
                out.push((t.language.clone(), field));
            }
        }
        for s in event.speakers {
            out.push((event.original_language.clone(), s.affiliation));
            out.extend(s.bios);
        }
        out.extend(event.channels.into_iter().map(|(_, instructions)| (event.original_language.clone(), instructions)));
    }
    // A reported count's wording is the report's own words, quoted as written.
    for action in actions::from_seeds() {
        for t in action.texts {
            for field in [t.title, t.summary, t.body, t.target, t.adopted_by] {
                out.push((t.language.clone(), field));
            }
        }
    }
    out
}

/// Every name an organisation goes by, in any language: full and short.
fn all_names(entry: &super::Entry) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = entry.texts.iter().map(|(_, n, _)| *n).collect();
    names.extend(entry.short.iter().map(|(_, n)| *n));
    names
}

/// Whether `text` holds `name` as a whole word (Latin names), or at all (Arabic names, which
/// take prefixes such as و and ب).
fn mentions(text: &str, name: &str) -> bool {
    if !name.is_ascii() {
        return text.contains(name);
    }
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn placeholders_become_the_name_in_the_texts_language() {
    assert_eq!(fill_names("With {ipyl:short} and {baladna}.", "en"), "With IPYL and Baladna – Association for Arab Youth.");
    assert_eq!(fill_names("مع {ipyl}", "ar"), "مع الملتقى الفلسطيني الدولي للشباب");
    // No Arabic short form: the full name; no French text: the original's.
    assert_eq!(fill_names("{ipyl:short}", "ar"), "الملتقى الفلسطيني الدولي للشباب");
    assert_eq!(fill_names("{codepink}", "fr"), "CODEPINK");
    assert_eq!(fill_names("{nobody} {unclosed", "en"), "{nobody} {unclosed");
    assert_eq!(name_of("nobody", false, "en"), None);
}

#[test]
fn every_organisation_and_event_is_described_in_arabic() {
    for entry in ENTRIES {
        let arabic = entry.texts.iter().find(|(l, _, _)| *l == "ar");
        assert!(arabic.is_some_and(|(_, n, d)| !n.trim().is_empty() && !d.trim().is_empty()), "{} has no Arabic name and description", entry.slug);
        assert!(entry.texts.iter().any(|(l, _, _)| *l == "en"), "{} has no English text", entry.slug);
    }
    for event in all_events(NOW) {
        for lang in ["en", "ar"] {
            let t = event.texts.iter().find(|t| t.language == lang);
            assert!(
                t.is_some_and(|t| ![&t.title, &t.summary, &t.description].iter().any(|f| f.trim().is_empty())),
                "{} has no {lang} title, summary and description",
                event.slug
            );
        }
        for s in &event.speakers {
            let languages: Vec<&str> = s.bios.iter().map(|(l, _)| l.as_str()).collect();
            assert!(languages.is_empty() || languages.contains(&"ar"), "{}: the bio of {} is not in Arabic", event.slug, s.name);
        }
    }
    for action in all_actions() {
        for lang in ["en", "ar"] {
            let t = action.texts.iter().find(|t| t.language == lang);
            assert!(
                t.is_some_and(|t| ![&t.title, &t.summary, &t.body].iter().any(|f| f.trim().is_empty())),
                "{} has no {lang} title, summary and text",
                action.slug
            );
            let adopted_by = t.map(|t| t.adopted_by.trim().is_empty());
            assert_eq!(adopted_by, Some(action.kind.is_signed()), "{}: the body that adopted a statement, in {lang}", action.slug);
        }
    }
}

#[test]
fn each_organisation_has_one_name_per_language() {
    // Two organisations never share a name.
    for lang in ["en", "ar", "fr", "es"] {
        let mut seen = std::collections::HashMap::new();
        for entry in ENTRIES {
            let name = name_of(entry.slug, false, lang).unwrap_or_default();
            if let Some(other) = seen.insert(name, entry.slug) {
                panic!("{other} and {} are both called {name} in {lang}", entry.slug);
            }
        }
    }
    let mut problems = Vec::new();
    // Texts name organisations only through placeholders, so no text can spell one differently.
    let written = templates();
    for entry in ENTRIES {
        for name in all_names(entry) {
            for (lang, text) in written.iter().filter(|(_, text)| mentions(text, name)) {
                problems.push(format!("a {lang} text writes out “{name}”; use {{{}}} instead: {text}", entry.slug));
            }
        }
    }
    for (lang, text) in &written {
        let filled = fill_names(text, lang);
        if filled.contains('{') {
            problems.push(format!("a {lang} text has a placeholder that names no organisation: {filled}"));
        }
        // Names of other organisations that the demo once used for IPYL and UCP in Palestine.
        for other in ["منتدى شارك", "قوة السلام اللاعنفية"].into_iter().filter(|other| filled.contains(other)) {
            problems.push(format!("a {lang} text names {other}, a different organisation: {text}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn nothing_the_seeds_do_not_say() {
    let icsgp = ENTRIES.iter().find(|e| e.slug == "icsgp").map(|e| e.country);
    assert_eq!(icsgp, Some(""), "the seeds say nowhere where ICSGP is based");
    for (from, relation, to) in RELATIONS {
        assert!(!(*relation == Relation::MemberOf && *to == "icsgp"), "{from}: the seeds name no member of ICSGP");
    }
    for entry in ENTRIES.iter().filter(|e| e.kind == OrganisationKind::Chapter) {
        assert!(entry.texts.iter().all(|(_, name, description)| {
            let marked = |s: &str| s.contains("xample") || s.contains("مثال");
            marked(name) && marked(description)
        }), "the chapter {} does not say it is an example", entry.slug);
    }
    let past: Vec<NewEvent> = events::from_seeds();
    let upcoming = examples::upcoming(NOW);
    for event in past.iter().chain(&upcoming) {
        assert_eq!(event.attendance, None, "{}: the seeds give no attendance figure to show", event.slug);
        assert!(event.recordings.is_empty(), "{}: the seeds give no recording's address", event.slug);
        // "Five languages": the seeds name only French.
        for (lang, _) in &event.channels {
            assert!(["fr", "en"].contains(&lang.as_str()), "{}: the seeds name no {lang} interpretation", event.slug);
        }
    }
    for event in &upcoming {
        assert!(event.starts_at > NOW, "{} is upcoming", event.slug);
        for t in &event.texts {
            let said = [&t.title, &t.description].iter().all(|f| f.contains("xample") || f.contains("exemple") || f.contains("مثال"));
            assert!(said, "{} ({}) does not say in its title and description that it is an example", event.slug, t.language);
        }
    }
    for event in &past {
        assert!(event.starts_at < NOW, "{} happened", event.slug);
        for t in &event.texts {
            assert!(t.description.contains("xample") || t.description.contains("مثال") || t.description.contains("أمثلة"), "{} ({}) does not say its time is an example", event.slug, t.language);
        }
    }
}

#[test]
fn the_readme_says_what_the_demo_holds() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md");
    let readme = std::fs::read_to_string(path).expect("README.md at the workspace root");
    let words = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];
    let said = [
        format!("**{} organisations.**", ENTRIES.len()),
        format!("**{} past events**", words[events::from_seeds().len()]),
        format!("**{} upcoming examples**", words[examples::upcoming(NOW).len()]),
        format!("**{} actions**", words[actions::from_seeds().len()]),
        format!("**{} example chapters**", words[ENTRIES.iter().filter(|e| e.kind == OrganisationKind::Chapter).count()].to_lowercase()),
    ];
    for claim in said {
        assert!(readme.contains(&claim), "README.md's \"The demo\" should say {claim}");
    }
}

#[test]
fn the_letters_and_statement_say_only_what_the_pages_say() {
    for action in actions::from_seeds() {
        assert_eq!((action.opens_at, action.closes_at, action.goal), (None, None, None), "{}: the pages give no dates or goal", action.slug);
        for t in &action.texts {
            assert!(t.body.contains("*"), "{} ({}): the text says the page does not give its words", action.slug, t.language);
        }
    }
    let reported: Vec<(String, i64, i64, i64)> = actions::from_seeds()
        .into_iter()
        .flat_map(|a| a.reported.into_iter().map(move |r| (a.slug.clone(), r.signatures, r.organisations, r.countries)))
        .collect();
    assert_eq!(reported, [("icsgp-initial-letter".to_string(), 2000, 2000, 120)], "“signed by 2,000 organizations from over 120 countries”");
}
