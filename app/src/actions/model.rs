//! The words of actions, shared by the server and the browser.
use serde::{Deserialize, Serialize};

code_enum! {
    /// What an action asks of people.
    ActionKind {
        SignOnLetter = "sign_on_letter",
        Petition = "petition",
        Statement = "statement",
    }
}

code_enum! {
    /// Where an action stands.
    ActionStatus {
        Open = "open",
        Closed = "closed",
        Achieved = "achieved",
    }
}

code_enum! {
    /// Who may sign a letter or petition.
    Signatories {
        Organisations = "organisations",
        Individuals = "individuals",
        Both = "both",
    }
}

impl ActionKind {
    /// Letters and petitions gather signatures; a statement is adopted by a body.
    pub fn is_signed(self) -> bool {
        !matches!(self, ActionKind::Statement)
    }
}

impl Signatories {
    pub fn admits_organisations(self) -> bool {
        matches!(self, Signatories::Organisations | Signatories::Both)
    }

    pub fn admits_individuals(self) -> bool {
        matches!(self, Signatories::Individuals | Signatories::Both)
    }
}

/// An action's text in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionText {
    pub language: String,
    pub title: String,
    pub summary: String,
    /// Markdown: the letter, petition or statement itself.
    pub body: String,
    /// Whom it addresses.
    pub target: String,
    /// For a statement: the body that adopted it.
    pub adopted_by: String,
}

/// Signatures gathered elsewhere, as reported: the figures count in the public totals, the
/// words are shown as the report's, with its source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedCount {
    pub signatures: i64,
    pub organisations: i64,
    pub countries: i64,
    /// The report's own words ("signed by 2,000 organizations from over 120 countries").
    pub wording: String,
    /// The language of `wording` and `source`.
    pub language: String,
    pub source: String,
    pub source_url: String,
}

/// Whether `date` says when something happened as far as it is known: "" (not known), a month
/// ("2023-11") or a day ("2023-11-24").
pub fn is_partial_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, digits: usize| s.len() == digits && s.bytes().all(|b| b.is_ascii_digit());
    let month_ok = |m: &str| number(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap_or(0));
    match parts[..] {
        [""] => true,
        [y, m] => number(y, 4) && month_ok(m),
        [y, m, d] => {
            number(y, 4) && month_ok(m) && number(d, 2) && {
                let (y, m, d) = (y.parse().unwrap_or(0), m.parse().unwrap_or(0), d.parse().unwrap_or(0));
                days_in_month(y, m).is_some_and(|last| (1..=last).contains(&d))
            }
        }
        _ => false,
    }
}

fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 => Some(if leap { 29 } else { 28 }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_known_to_the_month_or_the_day() {
        for good in ["", "2023-11", "2023-11-24", "2024-02-29", "2000-02-29"] {
            assert!(is_partial_date(good), "{good}");
        }
        for bad in ["2023", "2023-13", "2023-00", "2023-1", "23-11", "2023-02-29", "1900-02-29", "2023-11-31", "2023-11-24-1", "abcd-ef", "2023-11-"] {
            assert!(!is_partial_date(bad), "{bad}");
        }
    }

    #[test]
    fn who_may_sign() {
        assert!(Signatories::Organisations.admits_organisations() && !Signatories::Organisations.admits_individuals());
        assert!(!Signatories::Individuals.admits_organisations() && Signatories::Individuals.admits_individuals());
        assert!(Signatories::Both.admits_organisations() && Signatories::Both.admits_individuals());
        assert!(ActionKind::SignOnLetter.is_signed() && ActionKind::Petition.is_signed() && !ActionKind::Statement.is_signed());
    }
}
