//! The directory's query parameters (`q`, `country`, `kind`, `theme`, `network`, `page`) and
//! their validation. Bad values never fail the page: they are dropped with a notice the reader
//! can understand, and the rest of the query still applies.
use super::{OrganisationKind, Theme};
use serde::{Deserialize, Serialize};

pub const PAGE_SIZE: u32 = 20;
/// Longer searches are cut: nobody types more, and it bounds the work of one query.
pub const MAX_QUERY_CHARS: usize = 200;
/// No real directory has more pages; the bound keeps OFFSET arithmetic small.
const MAX_PAGE: u32 = 100_000;

/// The parameters exactly as they came in the address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryQuery {
    pub q: Option<String>,
    pub country: Option<String>,
    pub kind: Option<String>,
    pub theme: Option<String>,
    pub network: Option<String>,
    pub page: Option<String>,
}

/// A query that is safe to run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryFilter {
    pub q: Option<String>,
    pub country: Option<String>,
    pub kind: Option<OrganisationKind>,
    pub theme: Option<Theme>,
    pub network: Option<String>,
    /// 1-based.
    pub page: u32,
}

/// Why part of the query was not applied as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DirectoryNotice {
    BadPage(String),
    UnknownCountry(String),
    UnknownKind(String),
    UnknownTheme(String),
    UnknownNetwork(String),
    QueryShortened,
}

impl DirectoryNotice {
    /// What the reader is told, in their language.
    pub fn message(self, locale: crate::i18n::Locale) -> String {
        use crate::i18n::td_string;
        match self {
            DirectoryNotice::BadPage(value) => td_string!(locale, notice_bad_page, value),
            DirectoryNotice::UnknownCountry(value) => td_string!(locale, notice_unknown_country, value),
            DirectoryNotice::UnknownKind(value) => td_string!(locale, notice_unknown_kind, value),
            DirectoryNotice::UnknownTheme(value) => td_string!(locale, notice_unknown_theme, value),
            DirectoryNotice::UnknownNetwork(value) => td_string!(locale, notice_unknown_network, value),
            DirectoryNotice::QueryShortened => td_string!(locale, notice_query_shortened).to_string(),
        }
    }
}

impl DirectoryQuery {
    /// The query from named values (an address's parameters, a form's fields). A blank value
    /// is no filter, so it is left out.
    pub fn from_fields(get: impl Fn(&str) -> Option<String>) -> Self {
        let field = |name: &str| get(name).filter(|v| !v.is_empty());
        DirectoryQuery {
            q: field("q"),
            country: field("country"),
            kind: field("kind"),
            theme: field("theme"),
            network: field("network"),
            page: field("page"),
        }
    }

    /// The filters with their names in the address (everything but the page).
    pub fn filters(&self) -> [(&'static str, &Option<String>); 5] {
        [("q", &self.q), ("country", &self.country), ("kind", &self.kind), ("theme", &self.theme), ("network", &self.network)]
    }

    /// True when any filter is set, so the page offers to clear them.
    pub fn has_filters(&self) -> bool {
        self.filters().iter().any(|(_, v)| non_empty(v).is_some())
    }

    /// Validates everything that needs no database. `country_exists` says whether an ISO code
    /// is a real country; unknown networks are checked by the caller, which has the data.
    pub fn validate(
        &self,
        country_exists: impl Fn(&str) -> bool,
    ) -> (DirectoryFilter, Vec<DirectoryNotice>) {
        let mut notices = Vec::new();
        let mut filter = DirectoryFilter { page: 1, ..Default::default() };

        if let Some(q) = non_empty(&self.q) {
            let mut q: String = q.to_string();
            if q.chars().count() > MAX_QUERY_CHARS {
                q = q.chars().take(MAX_QUERY_CHARS).collect();
                notices.push(DirectoryNotice::QueryShortened);
            }
            filter.q = Some(q);
        }
        if let Some(country) = non_empty(&self.country) {
            let code = country.to_ascii_uppercase();
            if code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) && country_exists(&code) {
                filter.country = Some(code);
            } else {
                notices.push(DirectoryNotice::UnknownCountry(shorten(country)));
            }
        }
        if let Some(kind) = non_empty(&self.kind) {
            match OrganisationKind::from_code(kind) {
                Some(k) => filter.kind = Some(k),
                None => notices.push(DirectoryNotice::UnknownKind(shorten(kind))),
            }
        }
        if let Some(theme) = non_empty(&self.theme) {
            match Theme::from_code(theme) {
                Some(t) => filter.theme = Some(t),
                None => notices.push(DirectoryNotice::UnknownTheme(shorten(theme))),
            }
        }
        if let Some(network) = non_empty(&self.network) {
            if is_slug(network) {
                filter.network = Some(network.to_string());
            } else {
                notices.push(DirectoryNotice::UnknownNetwork(shorten(network)));
            }
        }
        if let Some(page) = non_empty(&self.page) {
            match page.parse::<u32>() {
                Ok(n) if (1..=MAX_PAGE).contains(&n) => filter.page = n,
                _ => notices.push(DirectoryNotice::BadPage(shorten(page))),
            }
        }
        (filter, notices)
    }

    /// The query string for this query on another page (`?q=x&page=2`), empty values left out.
    pub fn with_page(&self, page: u32) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        for (name, value) in self.filters() {
            if let Some(v) = non_empty(value) {
                pairs.push((name, v.to_string()));
            }
        }
        if page > 1 {
            pairs.push(("page", page.to_string()));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let encoded: Vec<String> =
            pairs.iter().map(|(k, v)| format!("{k}={}", encode_component(v))).collect();
        format!("?{}", encoded.join("&"))
    }
}

/// A slug is what organisation addresses are made of: lowercase letters, digits and dashes.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 120
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

pub(crate) fn non_empty(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Echoed values are cut so a hostile address cannot fill the page.
pub(crate) fn shorten(s: &str) -> String {
    s.chars().take(40).collect()
}

pub(crate) fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> DirectoryQuery {
        let mut q = DirectoryQuery::default();
        for (k, v) in pairs {
            let v = Some(v.to_string());
            match *k {
                "q" => q.q = v,
                "country" => q.country = v,
                "kind" => q.kind = v,
                "theme" => q.theme = v,
                "network" => q.network = v,
                "page" => q.page = v,
                _ => unreachable!(),
            }
        }
        q
    }

    #[test]
    fn valid_filters_are_applied() {
        let (f, notices) = query(&[("country", "ps"), ("kind", "network"), ("theme", "youth"), ("page", "3")])
            .validate(|c| c == "PS");
        assert!(notices.is_empty());
        assert_eq!(f.country.as_deref(), Some("PS"));
        assert_eq!(f.kind, Some(OrganisationKind::Network));
        assert_eq!(f.theme, Some(Theme::Youth));
        assert_eq!(f.page, 3);
    }

    #[test]
    fn bad_values_are_dropped_with_a_notice() {
        let (f, notices) = query(&[("country", "XX"), ("kind", "army"), ("page", "-1"), ("network", "Not A Slug")])
            .validate(|_| false);
        assert_eq!(f, DirectoryFilter { page: 1, ..Default::default() });
        assert_eq!(notices.len(), 4);
        assert!(notices.contains(&DirectoryNotice::BadPage("-1".into())));
    }

    #[test]
    fn page_past_the_bound_or_not_a_number_falls_back_to_one() {
        for bad in ["0", "abc", "99999999999", "1e3"] {
            let (f, notices) = query(&[("page", bad)]).validate(|_| true);
            assert_eq!(f.page, 1, "{bad}");
            assert_eq!(notices.len(), 1);
        }
    }

    #[test]
    fn long_queries_are_shortened() {
        let long = "س".repeat(500);
        let (f, notices) = query(&[("q", &long)]).validate(|_| true);
        assert_eq!(f.q.unwrap().chars().count(), MAX_QUERY_CHARS);
        assert_eq!(notices, vec![DirectoryNotice::QueryShortened]);
    }

    #[test]
    fn blank_fields_are_no_filter() {
        let q = DirectoryQuery::from_fields(|name| Some(if name == "kind" { "community" } else { "" }.to_string()));
        assert_eq!(q, DirectoryQuery { kind: Some("community".into()), ..Default::default() });
    }

    #[test]
    fn page_links_keep_the_filters_and_encode_them() {
        let q = query(&[("q", "peace & youth"), ("country", "PS"), ("page", "2")]);
        assert_eq!(q.with_page(3), "?q=peace+%26+youth&country=PS&page=3");
        assert_eq!(q.with_page(1), "?q=peace+%26+youth&country=PS");
        assert_eq!(DirectoryQuery::default().with_page(1), "");
    }
}
