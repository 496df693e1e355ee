//! The events list's query parameters (`when`, `kind`, `format`, `language`, `organiser`,
//! `theme`, `month`, `page`) and their validation: a bad value is dropped with a notice, and
//! the rest of the query still applies, as in the directory.
use super::{EventFormat, EventKind};
use crate::organisations::filter::{encode_component, is_slug, non_empty, shorten};
use crate::organisations::Theme;
use serde::{Deserialize, Serialize};

pub const EVENTS_PAGE_SIZE: u32 = 20;
const MAX_PAGE: u32 = 10_000;

/// The parameters exactly as they came in the address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventsQuery {
    /// `upcoming` (the default) or `past`.
    pub when: Option<String>,
    pub kind: Option<String>,
    pub format: Option<String>,
    pub language: Option<String>,
    pub organiser: Option<String>,
    pub theme: Option<String>,
    /// `2024-03`: events starting in that month (UTC), past or upcoming.
    pub month: Option<String>,
    pub page: Option<String>,
    /// `calendar` for the month grid; the list otherwise.
    pub view: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum When {
    #[default]
    Upcoming,
    Past,
}

/// A year and month, as in `?month=2024-03`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Month {
    pub year: i32,
    /// 1–12.
    pub month: u32,
}

impl Month {
    pub fn parse(s: &str) -> Option<Month> {
        let (y, m) = s.split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        let month: u32 = m.parse().ok()?;
        ((1..=12).contains(&month) && (1970..=9999).contains(&year)).then_some(Month { year, month })
    }

    pub fn code(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    pub fn next(self) -> Month {
        if self.month == 12 { Month { year: self.year + 1, month: 1 } } else { Month { year: self.year, month: self.month + 1 } }
    }

    pub fn previous(self) -> Month {
        if self.month == 1 { Month { year: self.year - 1, month: 12 } } else { Month { year: self.year, month: self.month - 1 } }
    }
}

/// A query that is safe to run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventsFilter {
    pub when: When,
    pub kind: Option<EventKind>,
    pub format: Option<EventFormat>,
    pub language: Option<String>,
    pub organiser: Option<String>,
    pub theme: Option<Theme>,
    pub month: Option<Month>,
    /// 1-based.
    pub page: u32,
    pub calendar: bool,
}

/// Why part of the query was not applied as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventsNotice {
    BadPage(String),
    UnknownKind(String),
    UnknownFormat(String),
    UnknownLanguage(String),
    UnknownOrganiser(String),
    UnknownTheme(String),
    BadMonth(String),
}

impl EventsQuery {
    pub fn has_filters(&self) -> bool {
        [&self.kind, &self.format, &self.language, &self.organiser, &self.theme, &self.month]
            .iter()
            .any(|v| non_empty(v).is_some())
    }

    pub fn validate(&self) -> (EventsFilter, Vec<EventsNotice>) {
        let mut notices = Vec::new();
        let mut filter = EventsFilter { page: 1, ..Default::default() };
        filter.calendar = non_empty(&self.view) == Some("calendar");
        if non_empty(&self.when) == Some("past") {
            filter.when = When::Past;
        }
        if let Some(kind) = non_empty(&self.kind) {
            match EventKind::from_code(kind) {
                Some(k) => filter.kind = Some(k),
                None => notices.push(EventsNotice::UnknownKind(shorten(kind))),
            }
        }
        if let Some(format) = non_empty(&self.format) {
            match EventFormat::from_code(format) {
                Some(f) => filter.format = Some(f),
                None => notices.push(EventsNotice::UnknownFormat(shorten(format))),
            }
        }
        if let Some(language) = non_empty(&self.language) {
            if crate::locale::language_autonym(language).is_some() {
                filter.language = Some(language.to_string());
            } else {
                notices.push(EventsNotice::UnknownLanguage(shorten(language)));
            }
        }
        if let Some(organiser) = non_empty(&self.organiser) {
            if is_slug(organiser) {
                filter.organiser = Some(organiser.to_string());
            } else {
                notices.push(EventsNotice::UnknownOrganiser(shorten(organiser)));
            }
        }
        if let Some(theme) = non_empty(&self.theme) {
            match Theme::from_code(theme) {
                Some(t) => filter.theme = Some(t),
                None => notices.push(EventsNotice::UnknownTheme(shorten(theme))),
            }
        }
        if let Some(month) = non_empty(&self.month) {
            match Month::parse(month) {
                Some(m) => filter.month = Some(m),
                None => notices.push(EventsNotice::BadMonth(shorten(month))),
            }
        }
        if let Some(page) = non_empty(&self.page) {
            match page.parse::<u32>() {
                Ok(n) if (1..=MAX_PAGE).contains(&n) => filter.page = n,
                _ => notices.push(EventsNotice::BadPage(shorten(page))),
            }
        }
        (filter, notices)
    }

    /// This query's string with `page` (and, when given, `month`) replaced.
    pub fn link(&self, page: u32, month: Option<Option<Month>>) -> String {
        let month = match month {
            Some(m) => m.map(Month::code),
            None => non_empty(&self.month).map(str::to_string),
        };
        let mut pairs: Vec<(&str, String)> = Vec::new();
        for (name, value) in [
            ("when", non_empty(&self.when).map(str::to_string)),
            ("kind", non_empty(&self.kind).map(str::to_string)),
            ("format", non_empty(&self.format).map(str::to_string)),
            ("language", non_empty(&self.language).map(str::to_string)),
            ("organiser", non_empty(&self.organiser).map(str::to_string)),
            ("theme", non_empty(&self.theme).map(str::to_string)),
            ("month", month),
            ("view", non_empty(&self.view).map(str::to_string)),
        ] {
            if let Some(v) = value {
                pairs.push((name, v));
            }
        }
        if page > 1 {
            pairs.push(("page", page.to_string()));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let encoded: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", encode_component(v))).collect();
        format!("?{}", encoded.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_values_apply_and_bad_ones_are_dropped_with_a_notice() {
        let q = EventsQuery {
            when: Some("past".into()),
            kind: Some("webinar".into()),
            format: Some("by pigeon".into()),
            language: Some("ar".into()),
            month: Some("2024-13".into()),
            page: Some("0".into()),
            ..Default::default()
        };
        let (f, notices) = q.validate();
        assert_eq!(f.when, When::Past);
        assert_eq!(f.kind, Some(EventKind::Webinar));
        assert_eq!(f.format, None);
        assert_eq!(f.language.as_deref(), Some("ar"));
        assert_eq!(f.month, None);
        assert_eq!(f.page, 1);
        assert_eq!(
            notices,
            vec![
                EventsNotice::UnknownFormat("by pigeon".into()),
                EventsNotice::BadMonth("2024-13".into()),
                EventsNotice::BadPage("0".into())
            ]
        );
    }

    #[test]
    fn months_parse_and_step() {
        assert_eq!(Month::parse("2024-03"), Some(Month { year: 2024, month: 3 }));
        for bad in ["2024-3", "24-03", "2024-00", "x", "2024-03-01"] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
        assert_eq!(Month { year: 2024, month: 12 }.next().code(), "2025-01");
        assert_eq!(Month { year: 2024, month: 1 }.previous().code(), "2023-12");
    }

    #[test]
    fn links_keep_the_filters() {
        let q = EventsQuery { kind: Some("webinar".into()), month: Some("2024-03".into()), ..Default::default() };
        assert_eq!(q.link(2, None), "?kind=webinar&month=2024-03&page=2");
        assert_eq!(q.link(1, Some(Some(Month { year: 2024, month: 4 }))), "?kind=webinar&month=2024-04");
        assert_eq!(q.link(1, Some(None)), "?kind=webinar");
    }
}
