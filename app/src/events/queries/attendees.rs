//! Who registered: only for the editors of an organising organisation and for admins.
use crate::db::Db;

/// One person's RSVP as the organisers see it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, sqlx::FromRow)]
pub struct AttendeeRow {
    pub name: String,
    pub email: String,
    pub status: String,
    pub interpretation: String,
    pub language: String,
    pub registered_at: i64,
}

/// Whether `user_id` may see the event's attendees: an admin, or an editor of an organiser.
pub async fn may_manage(db: &Db, user_id: i64, event_slug: &str) -> Result<bool, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM user_roles WHERE user_id = $1 AND role = 'admin') + \
         (SELECT COUNT(*) FROM organisation_editors ed JOIN event_organisers eo ON eo.organisation_id = ed.organisation_id \
          JOIN events e ON e.id = eo.event_id WHERE ed.user_id = $1 AND e.slug = $2)",
    )
    .bind(user_id)
    .bind(event_slug)
    .fetch_one(&db.pool)
    .await?;
    Ok(n > 0)
}

/// Whether `user_id` may add events: an admin, or an editor of any organisation.
pub async fn may_create(db: &Db, user_id: i64) -> Result<bool, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM user_roles WHERE user_id = $1 AND role = 'admin') + \
         (SELECT COUNT(*) FROM organisation_editors WHERE user_id = $1)",
    )
    .bind(user_id)
    .fetch_one(&db.pool)
    .await?;
    Ok(n > 0)
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
        let cells = [r.name.as_str(), r.email.as_str(), r.status.as_str(), r.interpretation.as_str(), r.language.as_str(), registered.as_str()];
        let line: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

fn cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let rows = vec![AttendeeRow {
            name: "=HYPERLINK(\"x\"), Layla".into(),
            email: "layla@example.org".into(),
            status: "confirmed".into(),
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
