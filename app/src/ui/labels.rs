//! Translated names of the directory's fixed vocabularies.
use crate::i18n::*;
use crate::organisations::{OrganisationKind, Theme};
use crate::plural::count;

/// "1 organisation", "12 organisations", "منظمتان"…
pub fn count_organisations(locale: Locale, n: i64) -> String {
    count!(locale, count_organisations, n)
}

/// "1 country", "7 countries", "دولتين"…
pub fn count_countries(locale: Locale, n: i64) -> String {
    count!(locale, count_countries, n)
}

/// "25 organisations in 3 countries"; just "3 organisations" when none of them has a country
/// (chapters, coalitions that work across countries).
pub fn directory_summary(locale: Locale, organisations: i64, countries: i64) -> String {
    let organisations = count_organisations(locale, organisations);
    match countries {
        0 => organisations,
        n => td_string!(locale, summary_in, organisations, countries = count_countries(locale, n)),
    }
}

pub fn kind_label(locale: Locale, kind: OrganisationKind) -> &'static str {
    match kind {
        OrganisationKind::Organisation => td_string!(locale, kind_organisation),
        OrganisationKind::Network => td_string!(locale, kind_network),
        OrganisationKind::Coalition => td_string!(locale, kind_coalition),
        OrganisationKind::Chapter => td_string!(locale, kind_chapter),
        OrganisationKind::Community => td_string!(locale, kind_community),
    }
}

pub fn theme_label(locale: Locale, theme: Theme) -> &'static str {
    match theme {
        Theme::Peace => td_string!(locale, theme_peace),
        Theme::HumanRights => td_string!(locale, theme_human_rights),
        Theme::Youth => td_string!(locale, theme_youth),
        Theme::Agriculture => td_string!(locale, theme_agriculture),
        Theme::Media => td_string!(locale, theme_media),
        Theme::Volunteering => td_string!(locale, theme_volunteering),
        Theme::Education => td_string!(locale, theme_education),
        Theme::Legal => td_string!(locale, theme_legal),
        Theme::HumanitarianAid => td_string!(locale, theme_humanitarian_aid),
        Theme::Environment => td_string!(locale, theme_environment),
        Theme::Gender => td_string!(locale, theme_gender),
        Theme::DigitalRights => td_string!(locale, theme_digital_rights),
        Theme::Protection => td_string!(locale, theme_protection),
    }
}
