//! One organisation's profile with its relations.
use super::super::{countries, OrganisationKind, OrganisationLink, OrganisationProfile, Relation};
use crate::db::{Db, Scope};
use crate::i18n::Locale;
use crate::locale;

#[derive(sqlx::FromRow)]
struct ProfileRow {
    id: i64,
    slug: String,
    kind: OrganisationKind,
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
    db.cached(Scope::Directory, format!("profile {ui:?} {slug:?}"), || load_profile(db, slug, ui)).await
}

async fn load_profile(db: &Db, slug: &str, ui: Locale) -> Result<Option<OrganisationProfile>, sqlx::Error> {
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
        themes: themes.into_iter().map(|(t,)| crate::db::decode(t)).collect::<Result<_, _>>()?,
        country_name: countries::name(&row.country, ui),
        kind: row.kind,
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
    // Each arm is answered by an index (the primary key leads with from_id; another index
    // with to_id); an OR inside one join would make SQLite scan every listing.
    const OUTGOING: &str = "SELECT to_id FROM organisation_relations WHERE from_id = $1 AND relation = $3";
    const INCOMING: &str = "SELECT from_id FROM organisation_relations WHERE to_id = $1 AND relation = $3";
    let ids = match direction {
        Direction::Outgoing => OUTGOING.to_string(),
        Direction::Incoming => INCOMING.to_string(),
        Direction::Both => format!("{OUTGOING} UNION {INCOMING}"),
    };
    let rows: Vec<(String, String, String)> = sqlx::query_as(&format!(
        "SELECT o.slug, l.name, o.country FROM organisations o \
         JOIN organisation_listings l ON l.organisation_id = o.id AND l.locale = $2 \
         WHERE o.id IN ({ids}) ORDER BY l.sort_key, o.id LIMIT $4"
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
