//! The actions list's query parameters (`kind`, `organiser`, `theme`, `language`, `page`): a
//! value that names nothing is dropped and the rest still applies, as in the directory. The
//! same query narrows the Atom feed (`/actions.atom`).
use super::{ActionCard, ActionKind};
use crate::organisations::filter::{is_slug, non_empty};
use crate::organisations::Theme;
use serde::{Deserialize, Serialize};

pub const ACTIONS_PAGE_SIZE: u32 = 20;
const MAX_PAGE: u32 = 10_000;

/// The parameters exactly as they came in the address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionsQuery {
    pub kind: Option<String>,
    pub organiser: Option<String>,
    pub theme: Option<String>,
    /// A language the action's text is written in (`ar`).
    pub language: Option<String>,
    pub page: Option<String>,
}

/// The query once read: only values that name something.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionsFilter {
    pub kind: Option<ActionKind>,
    pub organiser: Option<String>,
    pub theme: Option<Theme>,
    pub language: Option<String>,
    pub page: u32,
}

impl ActionsQuery {
    pub fn validate(&self) -> ActionsFilter {
        let language = non_empty(&self.language)
            .filter(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase()))
            .map(str::to_string);
        ActionsFilter {
            kind: non_empty(&self.kind).and_then(ActionKind::from_code),
            organiser: non_empty(&self.organiser).filter(|s| is_slug(s)).map(str::to_string),
            theme: non_empty(&self.theme).and_then(Theme::from_code),
            language,
            page: non_empty(&self.page).and_then(|p| p.parse().ok()).unwrap_or(1).clamp(1, MAX_PAGE),
        }
    }
}

impl ActionsFilter {
    pub fn admits(&self, card: &ActionCard) -> bool {
        self.kind.is_none_or(|k| card.kind == k)
            && self.organiser.as_ref().is_none_or(|o| card.organisers.iter().any(|c| c.slug == *o))
            && self.theme.is_none_or(|t| card.themes.contains(&t))
            && self.language.as_ref().is_none_or(|l| card.languages.contains(l))
    }

    /// The query string of this filter at `page` ("?kind=petition&page=2"); "" for none. Every
    /// value is a code or a slug, so nothing needs encoding.
    pub fn link(&self, page: u32) -> String {
        let mut pairs: Vec<String> = Vec::new();
        if let Some(kind) = self.kind {
            pairs.push(format!("kind={}", kind.code()));
        }
        if let Some(organiser) = &self.organiser {
            pairs.push(format!("organiser={organiser}"));
        }
        if let Some(theme) = self.theme {
            pairs.push(format!("theme={}", theme.code()));
        }
        if let Some(language) = &self.language {
            pairs.push(format!("language={language}"));
        }
        if page > 1 {
            pairs.push(format!("page={page}"));
        }
        if pairs.is_empty() { String::new() } else { format!("?{}", pairs.join("&")) }
    }

    pub fn has_filters(&self) -> bool {
        self.kind.is_some() || self.organiser.is_some() || self.theme.is_some() || self.language.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(kind: &str, organiser: &str, theme: &str, language: &str, page: &str) -> ActionsQuery {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        ActionsQuery { kind: some(kind), organiser: some(organiser), theme: some(theme), language: some(language), page: some(page) }
    }

    #[test]
    fn values_that_name_nothing_are_dropped_and_the_rest_applies() {
        let filter = query("petition", "Bad Slug!", "peace", "<b>", "0").validate();
        assert_eq!(filter.kind, Some(ActionKind::Petition));
        assert_eq!((filter.organiser, filter.language, filter.page), (None, None, 1));
        assert_eq!(filter.theme, Some(Theme::Peace));
        let filter = query("nonsense", "icsgp", "", "ar", "3").validate();
        assert_eq!(filter.link(3), "?organiser=icsgp&language=ar&page=3");
        assert_eq!(ActionsFilter::default().link(1), "");
    }
}
