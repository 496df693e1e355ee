//! The organisation types that cross the wire: what queries return and components render.
use serde::{Deserialize, Serialize};
use std::sync::Arc;

code_enum! {
    /// What an entry in the directory is.
    OrganisationKind {
        Organisation = "organisation",
        Network = "network",
        Coalition = "coalition",
        Chapter = "chapter",
        Community = "community",
    }
}

code_enum! {
    /// What an organisation works on.
    Theme {
        Peace = "peace",
        HumanRights = "human_rights",
        Youth = "youth",
        Agriculture = "agriculture",
        Media = "media",
        Volunteering = "volunteering",
        Education = "education",
        Legal = "legal",
        HumanitarianAid = "humanitarian_aid",
        Environment = "environment",
        Gender = "gender",
        DigitalRights = "digital_rights",
        Protection = "protection",
    }
}

code_enum! {
    /// How two organisations are linked; read as "from is <relation> to".
    Relation {
        MemberOf = "member_of",
        ChapterOf = "chapter_of",
        PartnerOf = "partner_of",
        HostedBy = "hosted_by",
    }
}

impl OrganisationKind {
    /// Kinds that other organisations join, and so appear in the network filter.
    pub fn gathers_members(self) -> bool {
        matches!(self, OrganisationKind::Network | OrganisationKind::Coalition)
    }
}

/// One organisation in a list: enough to choose whether to open its profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganisationCard {
    pub slug: String,
    pub name: String,
    pub excerpt: String,
    pub kind: OrganisationKind,
    pub country: String,
    pub country_name: String,
    pub city: String,
    pub verified: bool,
    /// Set when the text is not in the reader's language: the language it is shown in.
    pub fallback_language: Option<String>,
}

/// A link to another organisation, as shown in a profile's relations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganisationLink {
    pub slug: String,
    pub name: String,
    pub country_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganisationProfile {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub kind: OrganisationKind,
    pub country: String,
    pub country_name: String,
    pub city: String,
    pub website: String,
    pub contact_email: String,
    /// Codes of the languages the organisation works in.
    pub languages: Vec<String>,
    pub verified: bool,
    pub themes: Vec<Theme>,
    pub fallback_language: Option<String>,
    pub member_of: Vec<OrganisationLink>,
    pub chapter_of: Vec<OrganisationLink>,
    pub hosted_by: Vec<OrganisationLink>,
    pub partners: Vec<OrganisationLink>,
    pub members: Vec<OrganisationLink>,
    pub member_count: i64,
    pub chapters: Vec<OrganisationLink>,
}

/// A choice in a filter, with how many organisations it would show.
///
/// Sent to the browser as `[value, label, count]`: the directory's page carries every country
/// and network for hydration, and field names were a third of its bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(into = "(String, String, i64)", from = "(String, String, i64)")]
pub struct FacetOption {
    pub value: String,
    pub label: String,
    pub count: i64,
}

impl From<FacetOption> for (String, String, i64) {
    fn from(o: FacetOption) -> Self {
        (o.value, o.label, o.count)
    }
}

impl From<(String, String, i64)> for FacetOption {
    fn from((value, label, count): (String, String, i64)) -> Self {
        FacetOption { value, label, count }
    }
}

/// Everything the directory page shows for one query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectoryResults {
    pub organisations: Vec<OrganisationCard>,
    pub total: i64,
    pub countries: i64,
    pub page: u32,
    pub pages: u32,
    pub notices: Vec<super::DirectoryNotice>,
}

/// The choices offered by the directory's filters. Shared, not copied: hundreds of options,
/// kept by the read cache and handed to every request that renders the form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectoryFacets {
    pub countries: Arc<[FacetOption]>,
    pub networks: Arc<[FacetOption]>,
}

/// The figures and highlights on the home page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectoryOverview {
    pub organisations: i64,
    pub countries: i64,
    pub featured: Vec<OrganisationCard>,
    pub networks: Vec<OrganisationCard>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_parses_back_to_its_value() {
        for kind in OrganisationKind::ALL {
            assert_eq!(OrganisationKind::from_code(kind.code()), Some(*kind));
        }
        for theme in Theme::ALL {
            assert_eq!(Theme::from_code(theme.code()), Some(*theme));
        }
        assert_eq!(Theme::from_code("Peace"), None);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_facet_option_travels_as_a_triple() {
        let option = FacetOption { value: "PS".into(), label: "Palestine".into(), count: 12 };
        let json = serde_json::to_string(&option).unwrap();
        assert_eq!(json, r#"["PS","Palestine",12]"#);
        assert_eq!(serde_json::from_str::<FacetOption>(&json).unwrap(), option);
    }
}
