//! Pages of the directory, the choices of its filters, and the home page's overview.
use super::super::{countries, search, DirectoryFilter, DirectoryOverview, FacetOption, OrganisationCard, OrganisationKind, PAGE_SIZE};
use crate::db::{Backend, Db, Scope, Where};
use crate::i18n::Locale;
use crate::locale;
use std::sync::Arc;

/// The directory filter as a WHERE clause over `organisations o`, its arguments numbered from
/// `$first`.
fn clause(filter: &DirectoryFilter, first: usize, backend: Backend) -> Where {
    let mut w = Where::new(first);
    if let Some(q) = &filter.q {
        for term in search::terms(q) {
            // Both backends answer `LIKE '%term%'` from a trigram index (migration 0006).
            match backend {
                // SQLite's index is a separate FTS5 table, and it is only used for a LIKE
                // without ESCAPE; terms hold letters and digits only, so none is needed.
                Backend::Sqlite => {
                    debug_assert!(term.chars().all(char::is_alphanumeric));
                    w.and(format!("%{term}%"), |p| format!("o.id IN (SELECT rowid FROM organisation_search WHERE search_text LIKE {p})"));
                }
                Backend::Postgres => {
                    w.and(format!("%{}%", escape_like(&term)), |p| format!("o.search_text LIKE {p} ESCAPE '\\'"));
                }
            }
        }
    }
    if let Some(country) = &filter.country {
        w.and(country.as_str(), |p| format!("o.country = {p}"));
    }
    if let Some(kind) = filter.kind {
        w.and(kind.code(), |p| format!("o.kind = {p}"));
    }
    if let Some(theme) = filter.theme {
        w.and(theme.code(), |p| format!("EXISTS (SELECT 1 FROM organisation_themes t WHERE t.organisation_id = o.id AND t.theme = {p})"));
    }
    if let Some(network) = &filter.network {
        w.and(network.as_str(), |p| {
            format!(
                "EXISTS (SELECT 1 FROM organisation_relations r JOIN organisations n ON n.id = r.to_id \
                 WHERE r.from_id = o.id AND r.relation IN ('member_of', 'chapter_of') AND n.slug = {p})"
            )
        });
    }
    w
}

fn escape_like(term: &str) -> String {
    term.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

#[derive(sqlx::FromRow)]
struct CardRow {
    slug: String,
    kind: OrganisationKind,
    country: String,
    city: String,
    verified: i64,
    name: String,
    excerpt: String,
    fallback_language: String,
}

impl CardRow {
    fn into_card(self, ui: Locale) -> OrganisationCard {
        OrganisationCard {
            country_name: countries::name(&self.country, ui),
            kind: self.kind,
            slug: self.slug,
            name: self.name,
            excerpt: self.excerpt,
            country: self.country,
            city: self.city,
            verified: self.verified != 0,
            fallback_language: Some(self.fallback_language).filter(|l| !l.is_empty()),
        }
    }
}

const CARD_COLUMNS: &str = "o.slug, o.kind, o.country, o.city, o.verified, l.name, l.excerpt, l.fallback_language";

/// One page of the directory, in `ui`'s language, with the totals of the whole result:
/// (cards, organisations, countries).
pub async fn search_page(
    db: &Db,
    filter: &DirectoryFilter,
    ui: Locale,
) -> Result<(Vec<OrganisationCard>, i64, i64), sqlx::Error> {
    // Debug quotes and escapes the strings, so different filters cannot share a key.
    let key = format!("search_page {ui:?} {filter:?}");
    db.cached(Scope::Directory, key, || load_search_page(db, filter, ui)).await
}

async fn load_search_page(
    db: &Db,
    filter: &DirectoryFilter,
    ui: Locale,
) -> Result<(Vec<OrganisationCard>, i64, i64), sqlx::Error> {
    let count = clause(filter, 1, db.backend);
    let count_sql = format!("SELECT COUNT(*), COUNT(DISTINCT NULLIF(o.country, '')) FROM organisations o WHERE {}", count.sql());
    let (total, countries): (i64, i64) = count.bind_as(sqlx::query_as(&count_sql)).fetch_one(&db.pool).await?;

    // `$1` is the reader's language.
    let mut list = clause(filter, 2, db.backend);
    let offset = i64::from(filter.page.saturating_sub(1)) * i64::from(PAGE_SIZE);
    let limit = list.arg(i64::from(PAGE_SIZE));
    let offset = list.arg(offset);
    let sql = format!(
        "SELECT {CARD_COLUMNS} FROM organisations o \
         JOIN organisation_listings l ON l.organisation_id = o.id AND l.locale = $1 \
         WHERE {} ORDER BY l.sort_key, o.id LIMIT {limit} OFFSET {offset}",
        list.sql()
    );
    let rows: Vec<CardRow> = list.bind_as(sqlx::query_as(&sql).bind(locale::code(ui))).fetch_all(&db.pool).await?;
    Ok((rows.into_iter().map(|r| r.into_card(ui)).collect(), total, countries))
}

/// Countries that have organisations, named in `ui`'s language and sorted by that name.
pub async fn country_options(db: &Db, ui: Locale) -> Result<Arc<[FacetOption]>, sqlx::Error> {
    db.cached(Scope::Directory, format!("country_options {ui:?}"), || load_country_options(db, ui)).await
}

async fn load_country_options(db: &Db, ui: Locale) -> Result<Arc<[FacetOption]>, sqlx::Error> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT country, COUNT(*) FROM organisations WHERE country <> '' GROUP BY country")
            .fetch_all(&db.pool)
            .await?;
    let mut options: Vec<FacetOption> = rows
        .into_iter()
        .map(|(code, count)| FacetOption { label: countries::name(&code, ui), value: code, count })
        .collect();
    options.sort_by_cached_key(|o| search::normalise(&o.label));
    Ok(options.into())
}

/// How many networks the filter offers; a larger directory is searched by name instead.
const NETWORK_OPTIONS: i64 = 100;

/// Networks and coalitions with the most members, by name; `selected` is always included.
pub async fn network_options(
    db: &Db,
    ui: Locale,
    selected: Option<&str>,
) -> Result<Arc<[FacetOption]>, sqlx::Error> {
    let largest: Arc<[FacetOption]> = db
        .cached(Scope::Directory, format!("network_options {ui:?}"), || async { largest_networks(db, ui).await.map(Arc::from) })
        .await?;
    if let Some(sel) = selected {
        if !largest.iter().any(|o| o.value == sel) {
            if let Some(o) = network_option(db, ui, sel).await? {
                let mut options = largest.to_vec();
                options.push(o);
                options.sort_by_cached_key(|o| search::normalise(&o.label));
                return Ok(options.into());
            }
        }
    }
    Ok(largest)
}

/// The `NETWORK_OPTIONS` networks with the most members, sorted by name.
async fn largest_networks(db: &Db, ui: Locale) -> Result<Vec<FacetOption>, sqlx::Error> {
    // Must start from the kind index (a few hundred networks), not from the listings (every
    // organisation): SQLite keeps the written join order for CROSS JOIN, 22 ms → 4 ms at 10k
    // organisations. The selected network, if not among these, is added below.
    let rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT o.slug, l.name, \
         (SELECT COUNT(*) FROM organisation_relations r WHERE r.to_id = o.id \
          AND r.relation IN ('member_of', 'chapter_of')) AS members \
         FROM organisations o CROSS JOIN organisation_listings l \
         WHERE l.organisation_id = o.id AND l.locale = $1 AND o.kind IN ('network', 'coalition') \
         ORDER BY members DESC, l.sort_key LIMIT $2",
    )
    .bind(locale::code(ui))
    .bind(NETWORK_OPTIONS)
    .fetch_all(&db.pool)
    .await?;
    let mut options: Vec<FacetOption> = rows
        .into_iter()
        .map(|(slug, name, count)| FacetOption { value: slug, label: name, count })
        .collect();
    options.sort_by_cached_key(|o| search::normalise(&o.label));
    Ok(options)
}

async fn network_option(db: &Db, ui: Locale, slug: &str) -> Result<Option<FacetOption>, sqlx::Error> {
    let row: Option<(String, String)> = sqlx::query_as(
        "SELECT o.slug, l.name FROM organisations o \
         JOIN organisation_listings l ON l.organisation_id = o.id AND l.locale = $1 WHERE o.slug = $2",
    )
    .bind(locale::code(ui))
    .bind(slug)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(value, label)| FacetOption { value, label, count: 0 }))
}

pub async fn slug_exists(db: &Db, slug: &str) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM organisations WHERE slug = $1")
        .bind(slug)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.is_some())
}

/// Totals for the home page, with featured organisations and the largest networks.
pub async fn overview(db: &Db, ui: Locale) -> Result<DirectoryOverview, sqlx::Error> {
    db.cached(Scope::Directory, format!("overview {ui:?}"), || load_overview(db, ui)).await
}

async fn load_overview(db: &Db, ui: Locale) -> Result<DirectoryOverview, sqlx::Error> {
    let (organisations, countries): (i64, i64) =
        sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT NULLIF(country, '')) FROM organisations")
            .fetch_one(&db.pool)
            .await?;
    let featured: Vec<CardRow> = sqlx::query_as(&format!(
        "SELECT {CARD_COLUMNS} FROM organisations o \
         JOIN organisation_listings l ON l.organisation_id = o.id AND l.locale = $1 \
         WHERE o.featured = 1 ORDER BY l.sort_key, o.id LIMIT 6"
    ))
    .bind(locale::code(ui))
    .fetch_all(&db.pool)
    .await?;
    let networks: Vec<CardRow> = sqlx::query_as(&format!(
        "SELECT {CARD_COLUMNS} FROM organisations o \
         JOIN organisation_listings l ON l.organisation_id = o.id AND l.locale = $1 \
         WHERE o.kind IN ('network', 'coalition') \
         ORDER BY (SELECT COUNT(*) FROM organisation_relations r WHERE r.to_id = o.id) DESC, \
         l.sort_key LIMIT 6"
    ))
    .bind(locale::code(ui))
    .fetch_all(&db.pool)
    .await?;
    Ok(DirectoryOverview {
        organisations,
        countries,
        featured: featured.into_iter().map(|r| r.into_card(ui)).collect(),
        networks: networks.into_iter().map(|r| r.into_card(ui)).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_wildcards_in_terms_are_escaped() {
        assert_eq!(escape_like("50%_off\\"), "50\\%\\_off\\\\");
    }

    #[test]
    fn clause_numbers_arguments_from_the_given_position() {
        let filter = DirectoryFilter {
            q: Some("peace youth".into()),
            country: Some("PS".into()),
            page: 1,
            ..Default::default()
        };
        let c = clause(&filter, 2, Backend::Sqlite);
        assert!(c.sql().contains("$2") && c.sql().contains("$3") && c.sql().contains("$4"));
        assert!(!c.sql().contains("$1") && !c.sql().contains("$5"));
        assert_eq!(c.next(), 5);
    }
}
