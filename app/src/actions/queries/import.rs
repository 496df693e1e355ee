//! Signatures gathered elsewhere, imported from a CSV file (`name,kind,country,contact,
//! show_name`, the header in any order; only `name` and `kind` are required). The file is
//! checked whole first: one bad row refuses it all, naming the line and the reason, and
//! nothing is written. Imported signatures count as confirmed and are shown as imported.
use super::super::{normalised_organisation_name, ImportProblem, ImportReason, SignatoryKind};
use super::signing::{clean_name, directory_entry, lock_action, organisation_has_signed};
use crate::db::Db;
use crate::organisations::countries;
use std::collections::{HashMap, HashSet};

/// The largest file taken (bytes) and the most rows.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_IMPORT_ROWS: usize = 20_000;

/// One row, checked.
struct Row {
    kind: SignatoryKind,
    name: String,
    country: String,
    contact: String,
    show_name: bool,
}

fn refuse(line: u32, reason: ImportReason) -> ImportProblem {
    ImportProblem::Row { line, reason }
}

/// The rows of `text`, each checked on its own.
fn read(text: &str) -> Result<Vec<(u32, Row)>, ImportProblem> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportProblem::TooLarge);
    }
    let records = crate::csv::parse(text).map_err(|line| refuse(line, ImportReason::Quote))?;
    let Some(((_, header), rows)) = records.split_first() else { return Err(ImportProblem::Empty) };
    if rows.is_empty() {
        return Err(ImportProblem::Empty);
    }
    if rows.len() > MAX_IMPORT_ROWS {
        return Err(ImportProblem::TooLarge);
    }
    let column = |name: &str| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let (Some(name_at), Some(kind_at)) = (column("name"), column("kind")) else { return Err(ImportProblem::Header) };
    let (country_at, contact_at, show_at) = (column("country"), column("contact"), column("show_name"));
    let mut out = Vec::with_capacity(rows.len());
    for (line, cells) in rows {
        let line = *line;
        if cells.len() != header.len() {
            return Err(refuse(line, ImportReason::Columns));
        }
        let at = |i: Option<usize>| i.map_or("", |i| cells[i].trim());
        let name = clean_name(at(Some(name_at))).ok_or(refuse(line, ImportReason::Name))?;
        let kind = match at(Some(kind_at)).to_ascii_lowercase().as_str() {
            "organisation" | "organization" => SignatoryKind::Organisation,
            "individual" => SignatoryKind::Individual,
            _ => return Err(refuse(line, ImportReason::Kind)),
        };
        let country = at(country_at).to_ascii_uppercase();
        if !country.is_empty() && !countries::exists(&country) {
            return Err(refuse(line, ImportReason::Country));
        }
        let contact = match at(contact_at) {
            "" => String::new(),
            given => clean_name(given).ok_or(refuse(line, ImportReason::Contact))?,
        };
        let show_name = match at(show_at).to_ascii_lowercase().as_str() {
            "yes" | "true" | "1" | "y" => true,
            "no" | "false" | "0" | "n" | "" => false,
            _ => return Err(refuse(line, ImportReason::ShowName)),
        };
        out.push((line, Row { kind, name, country, contact, show_name }));
    }
    Ok(out)
}

/// Imports the signatures of `text` into the action `slug`, all or none. Returns how many.
pub async fn import_signatures(db: &Db, slug: &str, text: &str, locale: crate::i18n::Locale, now: i64) -> Result<usize, ImportProblem> {
    let rows = read(text)?;
    let mut tx = db.begin_write().await?;
    let action = lock_action(&mut tx, db.backend, Some(slug), None).await?.ok_or(ImportProblem::UnknownAction)?;
    if !action.kind.is_signed() {
        return Err(ImportProblem::NotSigned);
    }
    // Each organisation once: in the file, and against those who signed already.
    let mut seen: HashSet<String> = HashSet::new();
    let mut directory: HashMap<(String, String), Option<i64>> = HashMap::new();
    let ui_language = crate::locale::code(locale);
    for (line, row) in &rows {
        let admitted = match row.kind {
            SignatoryKind::Organisation => action.signatories.admits_organisations(),
            SignatoryKind::Individual => action.signatories.admits_individuals(),
        };
        if !admitted {
            return Err(refuse(*line, ImportReason::NotAdmitted));
        }
        let (organisation_id, key): (Option<i64>, Option<String>) = match row.kind {
            SignatoryKind::Organisation => {
                let wanted = (normalised_organisation_name(&row.name), row.country.clone());
                let id = match directory.get(&wanted) {
                    Some(id) => *id,
                    None => {
                        let id = directory_entry(&mut tx, &row.name, &row.country).await?;
                        directory.insert(wanted.clone(), id);
                        id
                    }
                };
                let key = match id {
                    Some(id) => format!("directory:{id}"),
                    None => format!("name:{}|{}", wanted.0, wanted.1),
                };
                if !seen.insert(key.clone()) || organisation_has_signed(&mut tx, action.id, &key, 0).await? {
                    return Err(refuse(*line, ImportReason::Duplicate));
                }
                // Counted once with the directory's entry, but not linked to its profile: the
                // list is the organisers' word, not the organisation's (`signing::organisation_key`).
                (None, Some(key))
            }
            SignatoryKind::Individual => (None, None),
        };
        sqlx::query(
            "INSERT INTO signatures (action_id, kind, name, organisation_id, organisation_key, country, contact, email, comment, \
             show_name, source, status, user_id, ui_language, created_at, confirmed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, '', $8, 'import', 'confirmed', NULL, $9, $10, $10)",
        )
        .bind(action.id)
        .bind(row.kind.code())
        .bind(&row.name)
        .bind(organisation_id)
        .bind(&key)
        .bind(&row.country)
        .bind(&row.contact)
        .bind(i64::from(row.show_name))
        .bind(ui_language)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    tx.commit().await?;
    Ok(rows.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(text: &str) -> Option<(u32, ImportReason)> {
        match read(text) {
            Err(ImportProblem::Row { line, reason }) => Some((line, reason)),
            _ => None,
        }
    }

    #[test]
    fn every_row_is_checked_and_the_first_bad_one_is_named_with_its_line() {
        let head = "name,kind,country,contact,show_name\n";
        assert!(read(&format!("{head}Al-Haq,organisation,PS,,yes\nLayla,individual,,,\n")).is_ok());
        assert_eq!(reason(&format!("{head}Al-Haq,organisation,PS,,yes\n,individual,FR,,no\n")), Some((3, ImportReason::Name)));
        assert_eq!(reason(&format!("{head}Al-Haq,group,PS,,yes\n")), Some((2, ImportReason::Kind)));
        assert_eq!(reason(&format!("{head}Al-Haq,organisation,XX,,yes\n")), Some((2, ImportReason::Country)));
        assert_eq!(reason(&format!("{head}Al-Haq,organisation,PS,,perhaps\n")), Some((2, ImportReason::ShowName)));
        assert_eq!(reason(&format!("{head}Al-Haq,organisation,PS\n")), Some((2, ImportReason::Columns)));
        assert_eq!(reason(&format!("{head}\"Al-Haq,organisation,PS,,yes\n")), Some((2, ImportReason::Quote)));
        assert!(matches!(read("country,contact\nPS,x\n"), Err(ImportProblem::Header)));
        assert!(matches!(read(head), Err(ImportProblem::Empty)));
        assert!(matches!(read(""), Err(ImportProblem::Empty)));
        // The header in another order, in capitals, with only what is required.
        assert!(read("KIND,Name\nindividual,Layla\n").is_ok());
    }
}
