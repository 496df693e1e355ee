//! What an action's organisers (and administrators) see and do with its signatures: the list
//! with addresses and contacts as CSV, and the counts reported from elsewhere. Only for those
//! `crate::access` lets (`SeeSigners`, `RecordReportedCount`).
use super::super::{ReportedCount, SignProblem, SignatoryKind, SignatureStatus};
use crate::db::{bump_revision, Db, Scope};

/// The addresses of the organisations that organise the action (`None`: no such action),
/// which is what `crate::access` needs to know who may manage it.
pub async fn organisers_of(db: &Db, slug: &str) -> Result<Option<Vec<String>>, sqlx::Error> {
    let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM actions WHERE slug = $1").bind(slug).fetch_optional(&db.pool).await?;
    let Some((id,)) = found else { return Ok(None) };
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT o.slug FROM action_organisers ao JOIN organisations o ON o.id = ao.organisation_id WHERE ao.action_id = $1 ORDER BY o.slug",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?;
    Ok(Some(rows.into_iter().map(|(s,)| s).collect()))
}

/// One signature as the organisers see it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SignerRow {
    pub kind: SignatoryKind,
    pub name: String,
    pub country: String,
    pub contact: String,
    pub email: Option<String>,
    pub comment: String,
    pub show_name: i64,
    pub source: String,
    pub status: SignatureStatus,
    pub created_at: i64,
}

/// Every signature of the action, confirmed ones first, each in the order it came.
pub async fn signer_rows(db: &Db, slug: &str) -> Result<Vec<SignerRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.kind, s.name, s.country, s.contact, s.email, s.comment, s.show_name, s.source, s.status, s.created_at \
         FROM signatures s JOIN actions a ON a.id = s.action_id WHERE a.slug = $1 \
         ORDER BY CASE s.status WHEN 'confirmed' THEN 0 ELSE 1 END, s.id",
    )
    .bind(slug)
    .fetch_all(&db.pool)
    .await
}

/// The signatures as CSV, with a header row; formulas defused (`crate::csv`). The columns
/// the import reads come first, so an exported file can be imported elsewhere.
pub fn to_csv(rows: &[SignerRow]) -> String {
    let mut out = crate::csv::line(&["name", "kind", "country", "contact", "show_name", "email", "comment", "source", "status", "signed_at"]);
    for r in rows {
        let signed = crate::events::time::ical_utc(r.created_at);
        let show = if r.show_name != 0 { "yes" } else { "no" };
        let cells = [
            r.name.as_str(),
            r.kind.code(),
            r.country.as_str(),
            r.contact.as_str(),
            show,
            r.email.as_deref().unwrap_or(""),
            r.comment.as_str(),
            r.source.as_str(),
            r.status.code(),
            signed.as_str(),
        ];
        out.push_str(&crate::csv::line(&cells));
    }
    out
}

/// The counts of the organisers' own page: confirmed and waiting for their signers.
pub async fn signature_counts(db: &Db, slug: &str) -> Result<(i64, i64), sqlx::Error> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT s.status, COUNT(*) FROM signatures s JOIN actions a ON a.id = s.action_id WHERE a.slug = $1 GROUP BY s.status",
    )
    .bind(slug)
    .fetch_all(&db.pool)
    .await?;
    let count = |status: &str| rows.iter().find(|r| r.0 == status).map_or(0, |r| r.1);
    Ok((count("confirmed"), count("pending")))
}

/// The longest wording or source of a reported count (characters).
pub const MAX_REPORT_CHARS: usize = 500;

/// Checks a reported count as an organiser typed it.
pub fn check_reported(count: &ReportedCount) -> Result<(), SignProblem> {
    // No letter has been signed a billion times; the bound keeps the sums far from overflowing.
    let bounded = |n: i64| (0..=1_000_000_000).contains(&n);
    if ![count.signatures, count.organisations, count.countries].into_iter().all(bounded) || count.countries > 250 {
        return Err(SignProblem::InvalidNumber);
    }
    let wording = count.wording.trim();
    if wording.is_empty() || wording.chars().count() > MAX_REPORT_CHARS || count.source.chars().count() > MAX_REPORT_CHARS {
        return Err(SignProblem::InvalidWording);
    }
    if crate::locale::from_code(&count.language).is_none() {
        return Err(SignProblem::BadRequest);
    }
    let url = count.source_url.trim();
    let web = url.starts_with("https://") || url.starts_with("http://");
    if !(url.is_empty() || web) || url.len() > 2000 || url.contains(char::is_whitespace) {
        return Err(SignProblem::InvalidUrl);
    }
    Ok(())
}

/// Records a count reported from elsewhere; it is added to the public figures at once.
pub async fn record_reported_count(db: &Db, slug: &str, count: &ReportedCount, now: i64) -> Result<(), SignProblem> {
    check_reported(count)?;
    let mut tx = db.begin_write().await?;
    let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM actions WHERE slug = $1").bind(slug).fetch_optional(&mut **tx).await?;
    let (id,) = found.ok_or(SignProblem::UnknownAction)?;
    sqlx::query(
        "INSERT INTO action_reported_counts (action_id, signatures, organisations, countries, wording, language, source, source_url, recorded_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(id)
    .bind(count.signatures)
    .bind(count.organisations)
    .bind(count.countries)
    .bind(count.wording.trim())
    .bind(&count.language)
    .bind(count.source.trim())
    .bind(count.source_url.trim())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    bump_revision(&mut tx, Scope::Actions).await?;
    tx.commit().await?;
    Ok(())
}
