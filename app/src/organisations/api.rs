//! Server functions of the directory. Reads use GET, so they are cacheable and carry no
//! risk of cross-site state change.
use super::{DirectoryFacets, DirectoryOverview, DirectoryQuery, DirectoryResults, OrganisationProfile};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[server(prefix = "/api", endpoint = "organisations", input = GetUrl)]
pub async fn search_organisations(
    // An empty query is sent as no parameters at all.
    #[server(default)] query: DirectoryQuery,
    locale: String,
) -> Result<DirectoryResults, AppError> {
    use super::{countries, queries, DirectoryNotice, PAGE_SIZE};
    let ui = crate::locale::from_code(&locale).ok_or(AppError::BadRequest)?;
    let db = crate::state::db()?;

    let (mut filter, mut notices) = query.validate(countries::exists);
    if let Some(network) = filter.network.clone() {
        if !queries::slug_exists(&db, &network).await? {
            notices.push(DirectoryNotice::UnknownNetwork(network));
            filter.network = None;
        }
    }
    let (organisations, total, country_count) = queries::search_page(&db, &filter, ui).await?;
    let pages = u32::try_from((total + i64::from(PAGE_SIZE) - 1) / i64::from(PAGE_SIZE)).unwrap_or(u32::MAX);
    Ok(DirectoryResults {
        organisations,
        total,
        countries: country_count,
        page: filter.page,
        pages,
        notices,
    })
}

/// The choices of the country and network filters. Fetched apart from the results so that the
/// filter form stays put (and keeps focus) while the results change under it.
#[server(prefix = "/api", endpoint = "directory-facets", input = GetUrl)]
pub async fn fetch_facets(locale: String, #[server(default)] network: Option<String>) -> Result<DirectoryFacets, AppError> {
    use super::queries;
    let ui = crate::locale::from_code(&locale).ok_or(AppError::BadRequest)?;
    let db = crate::state::db()?;
    let network = network.filter(|n| super::filter::is_slug(n));
    Ok(DirectoryFacets {
        countries: queries::country_options(&db, ui).await?,
        networks: queries::network_options(&db, ui, network.as_deref()).await?,
    })
}

#[server(prefix = "/api", endpoint = "organisation", input = GetUrl)]
pub async fn fetch_profile(
    slug: String,
    locale: String,
) -> Result<OrganisationProfile, AppError> {
    let ui = crate::locale::from_code(&locale).ok_or(AppError::BadRequest)?;
    if !super::filter::is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    let db = crate::state::db()?;
    super::queries::profile(&db, &slug, ui).await?.ok_or(AppError::NotFound)
}

#[server(prefix = "/api", endpoint = "overview", input = GetUrl)]
pub async fn fetch_overview(locale: String) -> Result<DirectoryOverview, AppError> {
    let ui = crate::locale::from_code(&locale).ok_or(AppError::BadRequest)?;
    let db = crate::state::db()?;
    Ok(super::queries::overview(&db, ui).await?)
}
