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

code_enum! {
    /// Who signs: an organisation (with a contact person) or a person.
    SignatoryKind {
        Organisation = "organisation",
        Individual = "individual",
    }
}

code_enum! {
    /// A signature counts once confirmed: from the mailed link, at once for a member, or as
    /// imported from a list gathered elsewhere.
    SignatureStatus {
        Pending = "pending",
        Confirmed = "confirmed",
    }
}

code_enum! {
    /// Why a row of an imported file was refused.
    ImportReason {
        Quote = "quote",
        Columns = "columns",
        Name = "name",
        Kind = "kind",
        Country = "country",
        Contact = "contact",
        ShowName = "show-name",
        NotAdmitted = "not-admitted",
        Duplicate = "duplicate",
    }
}

/// Why an import was refused; nothing was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportProblem {
    UnknownAction,
    NotSigned,
    /// No file, or a header and no rows.
    Empty,
    TooLarge,
    /// No `name` or no `kind` column.
    Header,
    Row { line: u32, reason: ImportReason },
    NotLoggedIn,
    Forbidden,
    TwoFactorRequired,
    Internal,
}

impl ImportProblem {
    /// As the address carries it after the form: `import=…` (and `line=…` for a row).
    pub fn code(self) -> &'static str {
        match self {
            ImportProblem::UnknownAction => "unknown-action",
            ImportProblem::NotSigned => "not-signed",
            ImportProblem::Empty => "empty",
            ImportProblem::TooLarge => "too-large",
            ImportProblem::Header => "header",
            ImportProblem::Row { reason, .. } => reason.code(),
            ImportProblem::NotLoggedIn => "not-logged-in",
            ImportProblem::Forbidden => "forbidden",
            ImportProblem::TwoFactorRequired => "two-factor-required",
            ImportProblem::Internal => "internal",
        }
    }

    pub fn from_query(code: &str, line: Option<u32>) -> Option<ImportProblem> {
        if let (Some(reason), Some(line)) = (ImportReason::from_code(code), line) {
            return Some(ImportProblem::Row { line, reason });
        }
        [
            ImportProblem::UnknownAction,
            ImportProblem::NotSigned,
            ImportProblem::Empty,
            ImportProblem::TooLarge,
            ImportProblem::Header,
            ImportProblem::NotLoggedIn,
            ImportProblem::Forbidden,
            ImportProblem::TwoFactorRequired,
            ImportProblem::Internal,
        ]
        .into_iter()
        .find(|p| p.code() == code)
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for ImportProblem {
    fn from(err: sqlx::Error) -> Self {
        tracing::error!(error = %err, "database error in an import");
        ImportProblem::Internal
    }
}

/// The longest comment a signer may leave (characters).
pub const MAX_COMMENT_CHARS: usize = 500;
/// The longest name of a signing person or organisation (characters).
pub const MAX_SIGNER_NAME_CHARS: usize = 200;
/// Signers per page of the public list.
pub const SIGNERS_PAGE_SIZE: u32 = 50;

/// The public figures of an action: the signatures confirmed here (and imported), and the
/// counts reported from elsewhere, added as the issue asks and shown apart with their source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    /// Confirmed here plus reported.
    pub signatures: i64,
    pub organisations: i64,
    /// Countries of the signatures here, or the reported figure when that is larger: the two
    /// lists may name the same countries, so they are not added.
    pub countries: i64,
    /// Confirmed signatures gathered here (by the form or imported).
    pub here: i64,
    pub goal: Option<i64>,
    pub reported: Vec<ReportedCount>,
}

impl Figures {
    /// Progress to the goal in whole percent (0–100): of organisations when only organisations
    /// sign, else of signatures.
    pub fn progress(&self, signatories: Signatories) -> Option<u8> {
        let goal = self.goal.filter(|g| *g > 0)?;
        let done = if signatories == Signatories::Organisations { self.organisations } else { self.signatures };
        Some(u8::try_from((done.max(0).saturating_mul(100) / goal).min(100)).unwrap_or(100))
    }
}

/// A signer who agreed to be named, as the public list shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicSigner {
    pub kind: SignatoryKind,
    pub name: String,
    pub country: String,
    /// The country's name in the reader's language ("" when none was given).
    pub country_name: String,
    pub comment: String,
    /// From a list gathered elsewhere.
    pub imported: bool,
    /// The directory profile of a signing organisation, when it has one.
    pub profile: Option<String>,
}

/// An action as a list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub kind: ActionKind,
    pub status: ActionStatus,
    pub signatories: Signatories,
    /// The deadline in the action's zone ("30 June 2025, 23:59 — Asia/Gaza"), when set.
    pub deadline: Option<String>,
    /// When a statement was adopted ("2023-11"), as far as known.
    pub adopted_on: String,
    pub organisers: Vec<crate::events::Organiser>,
    pub themes: Vec<crate::organisations::Theme>,
    /// The languages its text is written in.
    pub languages: Vec<String>,
    /// Set when the text is not in the reader's language: the language it is shown in.
    pub fallback_language: Option<String>,
    /// When it was last changed (Unix seconds), for the feed.
    pub updated_at: i64,
}

/// A page of the actions list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionResults {
    pub actions: Vec<ActionCard>,
    pub total: i64,
    pub page: u32,
    pub pages: u32,
    /// The organisations that organise any action, for the filter.
    pub organisers: Vec<crate::events::Organiser>,
    /// Whether the reader may add an action (then the answer is theirs alone).
    pub can_create: bool,
}

/// An action's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionDetail {
    pub card: ActionCard,
    /// The text, rendered from Markdown and sanitised.
    pub body_html: String,
    pub target: String,
    pub adopted_by: String,
    /// Related events: slug and title.
    pub events: Vec<(String, String)>,
    pub figures: Figures,
    /// Whether signatures are taken now (open, within its dates, a letter or petition).
    pub signing_open: bool,
}

/// A page of the public list of signers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignerPage {
    pub signers: Vec<PublicSigner>,
    pub total: i64,
    pub page: u32,
    pub pages: u32,
    /// Countries of the signers who agreed to be shown, for the filter: code and name.
    pub countries: Vec<(String, String)>,
}

/// The name an organisation is known by for "one signature per organisation": lower case,
/// letters and digits only, one space between words ("Al-Haq " and "al haq" are one).
pub fn normalised_organisation_name(name: &str) -> String {
    name.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
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
    fn organisation_names_compare_without_case_or_punctuation() {
        assert_eq!(normalised_organisation_name("  Al-Haq "), "al haq");
        assert_eq!(normalised_organisation_name("AL HAQ."), normalised_organisation_name("al-haq"));
        assert_eq!(normalised_organisation_name("مؤسسة  الحق"), "مؤسسة الحق");
        assert_ne!(normalised_organisation_name("Al-Haq"), normalised_organisation_name("Al-Haqq"));
    }

    #[test]
    fn progress_counts_organisations_when_only_they_sign() {
        let figures = Figures { signatures: 30, organisations: 10, goal: Some(40), ..Figures::default() };
        assert_eq!(figures.progress(Signatories::Organisations), Some(25));
        assert_eq!(figures.progress(Signatories::Both), Some(75));
        assert_eq!(Figures { signatures: 90, goal: Some(40), ..Figures::default() }.progress(Signatories::Both), Some(100));
        assert_eq!(Figures { goal: None, ..figures.clone() }.progress(Signatories::Both), None);
        assert_eq!(Figures { goal: Some(0), ..figures }.progress(Signatories::Both), None);
    }

    #[test]
    fn import_problems_survive_the_address() {
        let row = ImportProblem::Row { line: 12, reason: ImportReason::Country };
        assert_eq!(ImportProblem::from_query(row.code(), Some(12)), Some(row));
        assert_eq!(ImportProblem::from_query("header", None), Some(ImportProblem::Header));
        assert_eq!(ImportProblem::from_query("country", None), None, "a row's reason needs its line");
        assert_eq!(ImportProblem::from_query("<b>", Some(1)), None);
    }

    #[test]
    fn who_may_sign() {
        assert!(Signatories::Organisations.admits_organisations() && !Signatories::Organisations.admits_individuals());
        assert!(!Signatories::Individuals.admits_organisations() && Signatories::Individuals.admits_individuals());
        assert!(Signatories::Both.admits_organisations() && Signatories::Both.admits_individuals());
        assert!(ActionKind::SignOnLetter.is_signed() && ActionKind::Petition.is_signed() && !ActionKind::Statement.is_signed());
    }
}
