//! The directory's SQL. Every statement runs unchanged on SQLite and PostgreSQL.
use super::{
    countries, search, DirectoryFilter, FacetOption, OrganisationCard, OrganisationKind,
    OrganisationLink, OrganisationProfile, Relation, Theme, PAGE_SIZE,
};
use crate::db::Db;
use crate::i18n::Locale;
use crate::locale;
use sqlx::{Any, Transaction};

/// An organisation as it is first recorded (by the seeders now, by submissions later).
#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub slug: String,
    pub kind: OrganisationKind,
    pub country: String,
    pub city: String,
    pub website: String,
    pub contact_email: String,
    pub languages: Vec<String>,
    pub original_language: String,
    pub verified: bool,
    pub featured: bool,
    pub themes: Vec<Theme>,
    /// (language, name, description); must include `original_language`.
    pub texts: Vec<(String, String, String)>,
}

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("the organisation has no text in its original language {0}")]
    MissingOriginalText(String),
    #[error("no organisation has the slug {0}")]
    UnknownSlug(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

pub async fn insert_organisation(
    tx: &mut Transaction<'static, Any>,
    org: &NewOrganisation,
    now: i64,
) -> Result<i64, WriteError> {
    if !org.texts.iter().any(|(lang, _, _)| *lang == org.original_language) {
        return Err(WriteError::MissingOriginalText(org.original_language.clone()));
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO organisations (slug, kind, country, city, website, contact_email, languages, \
         original_language, verified, featured, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(&org.slug)
    .bind(org.kind.code())
    .bind(&org.country)
    .bind(&org.city)
    .bind(&org.website)
    .bind(&org.contact_email)
    .bind(org.languages.join(" "))
    .bind(&org.original_language)
    .bind(i64::from(org.verified))
    .bind(i64::from(org.featured))
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    for (language, name, description) in &org.texts {
        sqlx::query(
            "INSERT INTO organisation_texts (organisation_id, language, name, description) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(language)
        .bind(name)
        .bind(description)
        .execute(&mut **tx)
        .await?;
    }
    for theme in &org.themes {
        sqlx::query("INSERT INTO organisation_themes (organisation_id, theme) VALUES ($1, $2)")
            .bind(id)
            .bind(theme.code())
            .execute(&mut **tx)
            .await?;
    }
    refresh_listings(tx, id).await?;
    Ok(id)
}

pub async fn add_relation(
    tx: &mut Transaction<'static, Any>,
    from_slug: &str,
    relation: Relation,
    to_slug: &str,
) -> Result<(), WriteError> {
    let from = id_of(tx, from_slug).await?;
    let to = id_of(tx, to_slug).await?;
    sqlx::query("INSERT INTO organisation_relations (from_id, to_id, relation) VALUES ($1, $2, $3)")
        .bind(from)
        .bind(to)
        .bind(relation.code())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn id_of(tx: &mut Transaction<'static, Any>, slug: &str) -> Result<i64, WriteError> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM organisations WHERE slug = $1")
        .bind(slug)
        .fetch_optional(&mut **tx)
        .await?;
    row.map(|(id,)| id).ok_or_else(|| WriteError::UnknownSlug(slug.to_string()))
}

/// Recomputes what lists and search read from an organisation's texts: the name and excerpt
/// for each interface language (falling back to the original language), and the search text.
pub async fn refresh_listings(tx: &mut Transaction<'static, Any>, id: i64) -> Result<(), sqlx::Error> {
    let (original, city, country): (String, String, String) =
        sqlx::query_as("SELECT original_language, city, country FROM organisations WHERE id = $1")
            .bind(id)
            .fetch_one(&mut **tx)
            .await?;
    let texts: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT language, name, description FROM organisation_texts WHERE organisation_id = $1",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    let Some(fallback) = texts.iter().find(|t| t.0 == original).or(texts.first()) else {
        return Ok(());
    };

    sqlx::query("DELETE FROM organisation_listings WHERE organisation_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for ui in locale::ALL {
        let code = locale::code(ui);
        let (text, fallback_language) = match texts.iter().find(|t| t.0 == code) {
            Some(t) => (t, ""),
            None => (fallback, fallback.0.as_str()),
        };
        sqlx::query(
            "INSERT INTO organisation_listings \
             (organisation_id, locale, name, excerpt, sort_key, fallback_language) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(code)
        .bind(&text.1)
        .bind(excerpt(&text.2, 180))
        .bind(search::normalise(&text.1))
        .bind(fallback_language)
        .execute(&mut **tx)
        .await?;
    }

    let mut haystack = String::new();
    for (_, name, description) in &texts {
        haystack.push_str(name);
        haystack.push(' ');
        haystack.push_str(description);
        haystack.push(' ');
    }
    haystack.push_str(&city);
    for ui in locale::ALL {
        haystack.push(' ');
        haystack.push_str(&countries::name(&country, ui));
    }
    sqlx::query("UPDATE organisations SET search_text = $1 WHERE id = $2")
        .bind(format!(" {} ", search::normalise(&haystack)))
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The start of `text`, cut at a word boundary, with an ellipsis if anything was cut.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let first_paragraph = text.split("\n\n").next().unwrap_or("").trim();
    if first_paragraph.chars().count() <= max_chars {
        return first_paragraph.to_string();
    }
    let cut: String = first_paragraph.chars().take(max_chars).collect();
    let end = cut.rfind(char::is_whitespace).unwrap_or(cut.len());
    format!("{}…", cut[..end].trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '.'))
}

enum Arg {
    Text(String),
    Int(i64),
}

/// A WHERE clause over `organisations o`, with its arguments numbered from `first`.
struct Clause {
    sql: String,
    args: Vec<Arg>,
    first: usize,
}

impl Clause {
    fn new(filter: &DirectoryFilter, first: usize) -> Clause {
        let mut c = Clause { sql: String::from("1 = 1"), args: Vec::new(), first };
        if let Some(q) = &filter.q {
            for term in search::terms(q) {
                let p = c.arg(Arg::Text(format!("%{}%", escape_like(&term))));
                c.sql.push_str(&format!(" AND o.search_text LIKE {p} ESCAPE '\\'"));
            }
        }
        if let Some(country) = &filter.country {
            let p = c.arg(Arg::Text(country.clone()));
            c.sql.push_str(&format!(" AND o.country = {p}"));
        }
        if let Some(kind) = filter.kind {
            let p = c.arg(Arg::Text(kind.code().into()));
            c.sql.push_str(&format!(" AND o.kind = {p}"));
        }
        if let Some(theme) = filter.theme {
            let p = c.arg(Arg::Text(theme.code().into()));
            c.sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM organisation_themes t \
                 WHERE t.organisation_id = o.id AND t.theme = {p})"
            ));
        }
        if let Some(network) = &filter.network {
            let p = c.arg(Arg::Text(network.clone()));
            c.sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM organisation_relations r \
                 JOIN organisations n ON n.id = r.to_id \
                 WHERE r.from_id = o.id AND r.relation IN ('member_of', 'chapter_of') AND n.slug = {p})"
            ));
        }
        c
    }

    fn arg(&mut self, arg: Arg) -> String {
        self.args.push(arg);
        format!("${}", self.first + self.args.len() - 1)
    }
}

fn escape_like(term: &str) -> String {
    term.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

macro_rules! bind_args {
    ($query:expr, $args:expr) => {{
        let mut q = $query;
        for arg in $args {
            q = match arg {
                Arg::Text(s) => q.bind(s),
                Arg::Int(i) => q.bind(i),
            };
        }
        q
    }};
}

#[derive(sqlx::FromRow)]
struct CardRow {
    slug: String,
    kind: String,
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
            kind: OrganisationKind::from_code(&self.kind).unwrap_or(OrganisationKind::Organisation),
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

/// One page of the directory, in `ui`'s language, with the totals of the whole result.
pub async fn search_page(
    db: &Db,
    filter: &DirectoryFilter,
    ui: Locale,
) -> Result<(Vec<OrganisationCard>, i64, i64), sqlx::Error> {
    let count = Clause::new(filter, 1);
    let count_sql = format!(
        "SELECT COUNT(*), COUNT(DISTINCT o.country) FROM organisations o WHERE {}",
        count.sql
    );
    let (total, countries): (i64, i64) = bind_args!(sqlx::query_as(&count_sql), count.args)
    .fetch_one(&db.pool)
    .await?;

    let mut list = Clause::new(filter, 2);
    let offset = i64::from(filter.page.saturating_sub(1)) * i64::from(PAGE_SIZE);
    let limit = list.arg(Arg::Int(i64::from(PAGE_SIZE)));
    let offset = list.arg(Arg::Int(offset));
    let sql = format!(
        "SELECT {CARD_COLUMNS} FROM organisations o \
         JOIN organisation_listings l ON l.organisation_id = o.id AND l.locale = $1 \
         WHERE {} ORDER BY l.sort_key, o.id LIMIT {limit} OFFSET {offset}",
        list.sql
    );
    let rows: Vec<CardRow> = bind_args!(sqlx::query_as(&sql).bind(locale::code(ui)), list.args)
        .fetch_all(&db.pool)
        .await?;
    Ok((rows.into_iter().map(|r| r.into_card(ui)).collect(), total, countries))
}

/// Countries that have organisations, named in `ui`'s language and sorted by that name.
pub async fn country_options(db: &Db, ui: Locale) -> Result<Vec<FacetOption>, sqlx::Error> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT country, COUNT(*) FROM organisations GROUP BY country")
            .fetch_all(&db.pool)
            .await?;
    let mut options: Vec<FacetOption> = rows
        .into_iter()
        .map(|(code, count)| FacetOption { label: countries::name(&code, ui), value: code, count })
        .collect();
    options.sort_by_cached_key(|o| search::normalise(&o.label));
    Ok(options)
}

/// How many networks the filter offers; a larger directory is searched by name instead.
const NETWORK_OPTIONS: i64 = 100;

/// Networks and coalitions with the most members, by name; `selected` is always included.
pub async fn network_options(
    db: &Db,
    ui: Locale,
    selected: Option<&str>,
) -> Result<Vec<FacetOption>, sqlx::Error> {
    let rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT o.slug, l.name, \
         (SELECT COUNT(*) FROM organisation_relations r WHERE r.to_id = o.id \
          AND r.relation IN ('member_of', 'chapter_of')) AS members \
         FROM organisations o \
         JOIN organisation_listings l ON l.organisation_id = o.id AND l.locale = $1 \
         WHERE o.kind IN ('network', 'coalition') OR o.slug = $2 \
         ORDER BY members DESC, l.sort_key LIMIT $3",
    )
    .bind(locale::code(ui))
    .bind(selected.unwrap_or(""))
    .bind(NETWORK_OPTIONS)
    .fetch_all(&db.pool)
    .await?;
    let mut options: Vec<FacetOption> = rows
        .into_iter()
        .map(|(slug, name, count)| FacetOption { value: slug, label: name, count })
        .collect();
    if let Some(sel) = selected {
        if !options.iter().any(|o| o.value == sel) {
            if let Some(o) = network_option(db, ui, sel).await? {
                options.push(o);
            }
        }
    }
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

#[derive(sqlx::FromRow)]
struct ProfileRow {
    id: i64,
    slug: String,
    kind: String,
    country: String,
    city: String,
    website: String,
    contact_email: String,
    languages: String,
    original_language: String,
    verified: i64,
}

/// The most members a profile lists; the rest are one click away in the filtered directory.
pub const PROFILE_MEMBERS: i64 = 100;

pub async fn profile(db: &Db, slug: &str, ui: Locale) -> Result<Option<OrganisationProfile>, sqlx::Error> {
    let Some(row): Option<ProfileRow> = sqlx::query_as(
        "SELECT id, slug, kind, country, city, website, contact_email, languages, \
         original_language, verified FROM organisations WHERE slug = $1",
    )
    .bind(slug)
    .fetch_optional(&db.pool)
    .await?
    else {
        return Ok(None);
    };
    let code = locale::code(ui);
    let texts: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT language, name, description FROM organisation_texts \
         WHERE organisation_id = $1 AND (language = $2 OR language = $3)",
    )
    .bind(row.id)
    .bind(code)
    .bind(&row.original_language)
    .fetch_all(&db.pool)
    .await?;
    let (text, fallback_language) = match texts.iter().find(|t| t.0 == code) {
        Some(t) => (t.clone(), None),
        None => match texts.into_iter().next() {
            Some(t) => {
                let lang = t.0.clone();
                (t, Some(lang))
            }
            None => return Ok(None),
        },
    };
    let themes: Vec<(String,)> =
        sqlx::query_as("SELECT theme FROM organisation_themes WHERE organisation_id = $1 ORDER BY theme")
            .bind(row.id)
            .fetch_all(&db.pool)
            .await?;
    let (member_count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM organisation_relations WHERE to_id = $1 AND relation = 'member_of'",
    )
    .bind(row.id)
    .fetch_one(&db.pool)
    .await?;

    Ok(Some(OrganisationProfile {
        member_of: related(db, row.id, Relation::MemberOf, Direction::Outgoing, ui).await?,
        chapter_of: related(db, row.id, Relation::ChapterOf, Direction::Outgoing, ui).await?,
        hosted_by: related(db, row.id, Relation::HostedBy, Direction::Outgoing, ui).await?,
        partners: related(db, row.id, Relation::PartnerOf, Direction::Both, ui).await?,
        members: related(db, row.id, Relation::MemberOf, Direction::Incoming, ui).await?,
        chapters: related(db, row.id, Relation::ChapterOf, Direction::Incoming, ui).await?,
        member_count,
        themes: themes.iter().filter_map(|(t,)| Theme::from_code(t)).collect(),
        country_name: countries::name(&row.country, ui),
        kind: OrganisationKind::from_code(&row.kind).unwrap_or(OrganisationKind::Organisation),
        slug: row.slug,
        name: text.1,
        description: text.2,
        country: row.country,
        city: row.city,
        website: row.website,
        contact_email: row.contact_email,
        languages: row.languages.split_whitespace().map(str::to_string).collect(),
        verified: row.verified != 0,
        fallback_language,
    }))
}

#[derive(Clone, Copy)]
enum Direction {
    /// Organisations this one has the relation to.
    Outgoing,
    /// Organisations that have the relation to this one.
    Incoming,
    Both,
}

async fn related(
    db: &Db,
    id: i64,
    relation: Relation,
    direction: Direction,
    ui: Locale,
) -> Result<Vec<OrganisationLink>, sqlx::Error> {
    let join = match direction {
        Direction::Outgoing => "o.id = r.to_id AND r.from_id = $1",
        Direction::Incoming => "o.id = r.from_id AND r.to_id = $1",
        Direction::Both => "((o.id = r.to_id AND r.from_id = $1) OR (o.id = r.from_id AND r.to_id = $1))",
    };
    let rows: Vec<(String, String, String)> = sqlx::query_as(&format!(
        "SELECT o.slug, l.name, o.country FROM organisation_relations r \
         JOIN organisations o ON {join} \
         JOIN organisation_listings l ON l.organisation_id = o.id AND l.locale = $2 \
         WHERE r.relation = $3 ORDER BY l.sort_key, o.id LIMIT $4"
    ))
    .bind(id)
    .bind(locale::code(ui))
    .bind(relation.code())
    .bind(PROFILE_MEMBERS)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(slug, name, country)| OrganisationLink { slug, name, country_name: countries::name(&country, ui) })
        .collect())
}

/// Totals for the home page, with featured organisations and the largest networks.
pub async fn overview(db: &Db, ui: Locale) -> Result<super::DirectoryOverview, sqlx::Error> {
    let (organisations, countries): (i64, i64) =
        sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT country) FROM organisations")
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
    Ok(super::DirectoryOverview {
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
    fn excerpts_cut_at_a_word_and_keep_short_text_whole() {
        assert_eq!(excerpt("Short text.", 50), "Short text.");
        assert_eq!(excerpt("One two three four", 10), "One two…");
        assert_eq!(excerpt("First paragraph.\n\nSecond.", 100), "First paragraph.");
    }

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
        let c = Clause::new(&filter, 2);
        assert!(c.sql.contains("$2") && c.sql.contains("$3") && c.sql.contains("$4"));
        assert!(!c.sql.contains("$1") && !c.sql.contains("$5"));
        assert_eq!(c.args.len(), 3);
    }
}
