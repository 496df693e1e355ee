//! Recording organisations and keeping what lists and search read up to date.
use super::super::{countries, search, OrganisationKind, Relation, Theme};
use crate::db::{bump_revision, Scope};
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
    bump_revision(tx, Scope::Directory).await?;
    Ok(())
}

/// The id of the organisation with `slug`, if there is one: for writes that link to it.
pub async fn organisation_id(tx: &mut Transaction<'static, Any>, slug: &str) -> Result<Option<i64>, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM organisations WHERE slug = $1")
        .bind(slug)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|(id,)| id))
}

async fn id_of(tx: &mut Transaction<'static, Any>, slug: &str) -> Result<i64, WriteError> {
    organisation_id(tx, slug).await?.ok_or_else(|| WriteError::UnknownSlug(slug.to_string()))
}

/// Recomputes what lists and search read from an organisation's texts: the name and excerpt
/// for each interface language (falling back to the original language), and the search text.
/// Every change to an organisation ends here, so this is also where kept reads go stale:
/// the directory's, and the events' too, whose cards and pages show their organisers' names.
pub async fn refresh_listings(tx: &mut Transaction<'static, Any>, id: i64) -> Result<(), sqlx::Error> {
    bump_revision(tx, Scope::Directory).await?;
    bump_revision(tx, Scope::Events).await?;
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
        .bind(crate::ui::excerpt(&text.2, 180))
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
