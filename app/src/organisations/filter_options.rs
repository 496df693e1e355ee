//! The filter form's country and network options, as HTML written once per list.
//!
//! The read cache hands every request the same `Arc` of options until the directory changes.
//! HTML written from that `Arc` stays right for as long as the `Arc` lives, so it is kept
//! beside it; the `Arc` itself is held, so no other list can come to live at its address.
//! Writing the ~370 options on every request was a fifth of the directory page's instructions.
use super::FacetOption;
use crate::i18n::Locale;
use crate::ui::html::{self, Choice};
use std::sync::{Arc, Mutex};

/// Lists kept: two in each of four languages, with room for passing ones (a network chosen
/// from outside the largest ones makes a list of its own).
const KEPT: usize = 16;

struct Written {
    list: Arc<[FacetOption]>,
    locale: Locale,
    html: Arc<str>,
}

static WRITTEN: Mutex<Vec<Written>> = Mutex::new(Vec::new());

/// How a list's options read.
#[derive(Clone, Copy)]
pub enum Label {
    /// "Palestine (316)": how many organisations choosing it finds.
    WithCount,
    /// An organisation's name, in whatever script it is written in.
    Name,
}

/// The options of `list` after an empty first one reading `any`, with `current` selected.
pub fn options(locale: Locale, any: &str, list: &Arc<[FacetOption]>, label: Label, current: &str) -> Arc<str> {
    let written = written(locale, any, list, label);
    if current.is_empty() {
        return written; // "any" is the first option: the browser shows it without being told
    }
    match html::select_option(&written, current) {
        Some(selected) => selected.into(),
        None => written,
    }
}

fn written(locale: Locale, any: &str, list: &Arc<[FacetOption]>, label: Label) -> Arc<str> {
    let mut kept = WRITTEN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(w) = kept.iter().find(|w| Arc::ptr_eq(&w.list, list) && w.locale == locale) {
        return w.html.clone();
    }
    let html: Arc<str> = html::options(any, list.iter().map(|o| choice(o, label)), "", extra(label)).into();
    if kept.len() >= KEPT {
        kept.remove(0);
    }
    kept.push(Written { list: list.clone(), locale, html: html.clone() });
    html
}

/// `options` with one more, selected, at the end: a choice the address names that the list
/// does not hold (the form still shows what the results are filtered by).
pub fn options_with(locale: Locale, any: &str, list: &Arc<[FacetOption]>, label: Label, extra_option: &FacetOption) -> Arc<str> {
    let mut html = written(locale, any, list, label).to_string();
    html::push_option(&mut html, choice(extra_option, label), true, extra(label));
    html.into()
}

fn choice(option: &FacetOption, label: Label) -> Choice<'_> {
    let count = matches!(label, Label::WithCount).then_some(option.count);
    Choice { value: &option.value, label: &option.label, count }
}

fn extra(label: Label) -> &'static str {
    match label {
        Label::WithCount => "",
        Label::Name => " dir=\"auto\"",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(names: &[(&str, &str, i64)]) -> Arc<[FacetOption]> {
        names.iter().map(|(value, label, count)| FacetOption { value: value.to_string(), label: label.to_string(), count: *count }).collect()
    }

    #[test]
    fn the_same_list_is_written_once_and_shown_with_each_choice() {
        let countries = list(&[("PS", "Palestine", 3), ("LB", "Lebanon", 1)]);
        let first = written(Locale::en, "Any", &countries, Label::WithCount);
        assert!(Arc::ptr_eq(&first, &written(Locale::en, "Any", &countries, Label::WithCount)));
        let lebanon = options(Locale::en, "Any", &countries, Label::WithCount, "LB");
        assert!(lebanon.contains("<option value=\"LB\" selected>Lebanon (1)</option>"), "{lebanon}");
        assert!(!lebanon.contains("\"PS\" selected"), "{lebanon}");
        assert!(!options(Locale::en, "Any", &countries, Label::WithCount, "").contains("selected"));
    }

    #[test]
    fn another_list_or_language_is_written_anew() {
        let before = list(&[("PS", "Palestine", 3)]);
        let after = list(&[("PS", "Palestine", 4)]);
        assert!(written(Locale::en, "Any", &before, Label::WithCount).contains("Palestine (3)"));
        assert!(written(Locale::en, "Any", &after, Label::WithCount).contains("Palestine (4)"));
        assert!(written(Locale::ar, "الكل", &after, Label::WithCount).starts_with("<option value=\"\">الكل</option>"));
    }

    #[test]
    fn a_choice_outside_the_list_is_added_selected() {
        let networks = list(&[("ccivs", "CCIVS", 0)]);
        let unknown = FacetOption { value: "elsewhere".into(), label: "elsewhere".into(), count: 0 };
        let html = options_with(Locale::fr, "Tous", &networks, Label::Name, &unknown);
        assert!(html.ends_with("<option value=\"elsewhere\" selected dir=\"auto\">elsewhere</option>"), "{html}");
        assert!(html.contains("<option value=\"ccivs\" dir=\"auto\">CCIVS</option>"), "{html}");
    }
}
