//! Who registered: only for those `crate::access` lets see the attendees (`SeeAttendees`).
use crate::db::Db;
use crate::events::RsvpStatus;

/// One person's RSVP as the organisers see it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, sqlx::FromRow)]
pub struct AttendeeRow {
    pub name: String,
    pub email: String,
    pub status: RsvpStatus,
    pub interpretation: String,
    pub language: String,
    pub registered_at: i64,
}

/// The addresses of the organisations that organise the event (`None`: no such event), which
/// is what `crate::access` needs to know who may manage it.
pub async fn organisers_of(db: &Db, event_slug: &str) -> Result<Option<Vec<String>>, sqlx::Error> {
    let (exists,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM events WHERE slug = $1").bind(event_slug).fetch_one(&db.pool).await?;
    if exists == 0 {
        return Ok(None);
    }
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT o.slug FROM event_organisers eo JOIN events e ON e.id = eo.event_id \
         JOIN organisations o ON o.id = eo.organisation_id WHERE e.slug = $1 ORDER BY o.slug",
    )
    .bind(event_slug)
    .fetch_all(&db.pool)
    .await?;
    Ok(Some(rows.into_iter().map(|(s,)| s).collect()))
}

/// Everyone who RSVPed (cancelled ones too, marked so): confirmed first, then the waitlist in
/// its order, then the rest.
pub async fn attendees(db: &Db, event_slug: &str) -> Result<Vec<AttendeeRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT r.name, r.email, r.status, r.interpretation, r.ui_language AS language, r.created_at AS registered_at \
         FROM rsvps r JOIN events e ON e.id = r.event_id WHERE e.slug = $1 \
         ORDER BY CASE r.status WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 WHEN 'pending' THEN 2 ELSE 3 END, r.queued_at, r.id",
    )
    .bind(event_slug)
    .fetch_all(&db.pool)
    .await
}

/// The list as CSV (RFC 4180), with a header row. Cells that a spreadsheet would run as a
/// formula are prefixed with an apostrophe.
pub fn to_csv(rows: &[AttendeeRow]) -> String {
    let mut out = String::from("name,email,status,interpretation,language,registered_at\r\n");
    for r in rows {
        let registered = crate::events::time::ical_utc(r.registered_at);
        let cells = [r.name.as_str(), r.email.as_str(), r.status.code(), r.interpretation.as_str(), r.language.as_str(), registered.as_str()];
        out.push_str(&crate::csv::line(&cells));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let rows = vec![AttendeeRow {
            name: "=HYPERLINK(\"x\"), Layla".into(),
            email: "layla@example.org".into(),
            status: RsvpStatus::Confirmed,
            interpretation: "ar".into(),
            language: "ar".into(),
            registered_at: 1_710_684_000,
        }];
        let csv = to_csv(&rows);
        assert_eq!(
            csv,
            "name,email,status,interpretation,language,registered_at\r\n\"'=HYPERLINK(\"\"x\"\"), Layla\",layla@example.org,confirmed,ar,ar,20240317T140000Z\r\n"
        );
    }
}
