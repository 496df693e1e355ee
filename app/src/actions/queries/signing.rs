//! Signing a letter or petition, and confirming a signature from the mailed link. Each change
//! runs in one write transaction that first locks the action (SQLite: BEGIN IMMEDIATE;
//! PostgreSQL: the action row FOR UPDATE), so "one signature per organisation" is checked and
//! kept by one request at a time; its mail is queued in the same transaction. It is a tally
//! (`Db::begin_tally`): kept pages stay kept, their figures at most the page cache's seconds old.
use super::super::{
    normalised_organisation_name, ActionKind, ActionStatus, SignProblem, SignatoryKind, SignatureStatus, Signatories,
    MAX_COMMENT_CHARS, MAX_SIGNER_NAME_CHARS,
};
use crate::accounts::identity::normalise_email;
use crate::accounts::tokens::digest;
use crate::db::{Backend, Db};
use crate::i18n::Locale;
use crate::locale::{self, localise_path};
use crate::mail::actions::{render, SignatureMail};
use crate::mail::enqueue;
use crate::organisations::countries;
use sqlx::{Any, Transaction};

/// Who signs, as the form gave it.
#[derive(Debug, Clone)]
pub struct Signer {
    pub kind: SignatoryKind,
    /// The organisation's name, or the person's (a pseudonym is fine).
    pub name: String,
    pub country: String,
    /// For an organisation: the person signing for it.
    pub contact: String,
    pub email: String,
    pub comment: String,
    pub show_name: bool,
    /// A signed-in member's signature counts at once.
    pub user_id: Option<i64>,
    pub locale: Locale,
}

/// A signer's details once checked.
struct Checked {
    name: String,
    country: String,
    contact: String,
    email: String,
    comment: String,
}

#[derive(sqlx::FromRow)]
pub(super) struct LockedAction {
    pub(super) id: i64,
    pub(super) slug: String,
    pub(super) kind: ActionKind,
    pub(super) status: ActionStatus,
    pub(super) signatories: Signatories,
    pub(super) opens_at: Option<i64>,
    pub(super) closes_at: Option<i64>,
    pub(super) original_language: String,
}

#[derive(sqlx::FromRow)]
struct SignatureRow {
    id: i64,
    action_id: i64,
    kind: SignatoryKind,
    organisation_key: Option<String>,
    status: SignatureStatus,
}

const ACTION_COLUMNS: &str = "id, slug, kind, status, signatories, opens_at, closes_at, original_language";
const SIGNATURE_COLUMNS: &str = "id, action_id, kind, organisation_key, status";

/// A name as kept: trimmed, inner runs of spaces made one, no control or direction-override
/// characters, at most `MAX_SIGNER_NAME_CHARS`.
pub fn clean_name(input: &str) -> Option<String> {
    let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
    let ok = !name.is_empty()
        && name.chars().count() <= MAX_SIGNER_NAME_CHARS
        && !name.chars().any(|c| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'));
    ok.then_some(name)
}

/// A comment as kept: trimmed, line breaks kept, other control characters refused.
fn clean_comment(input: &str) -> Result<String, SignProblem> {
    let comment = input.trim().replace("\r\n", "\n");
    if comment.chars().count() > MAX_COMMENT_CHARS {
        return Err(SignProblem::CommentTooLong);
    }
    if comment.chars().any(|c| (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')) {
        return Err(SignProblem::BadRequest);
    }
    Ok(comment)
}

/// Whether the form's details hold together (before anything is counted or written).
pub fn check_signer(signer: &Signer) -> Result<(), SignProblem> {
    check(signer).map(|_| ())
}

fn check(signer: &Signer) -> Result<Checked, SignProblem> {
    let email = normalise_email(&signer.email).ok_or(SignProblem::InvalidEmail)?;
    let name = clean_name(&signer.name).ok_or(SignProblem::InvalidName)?;
    let country = signer.country.trim().to_ascii_uppercase();
    if !countries::exists(&country) {
        return Err(SignProblem::InvalidCountry);
    }
    let contact = match signer.kind {
        SignatoryKind::Organisation => clean_name(&signer.contact).ok_or(SignProblem::InvalidContact)?,
        SignatoryKind::Individual => String::new(),
    };
    let comment = clean_comment(&signer.comment)?;
    Ok(Checked { name, country, contact, email, comment })
}

pub(super) async fn lock_action(tx: &mut Transaction<'static, Any>, backend: Backend, slug: Option<&str>, id: Option<i64>) -> Result<Option<LockedAction>, sqlx::Error> {
    let lock = if backend == Backend::Postgres { " FOR UPDATE" } else { "" };
    match (slug, id) {
        (Some(slug), _) => {
            sqlx::query_as(&format!("SELECT {ACTION_COLUMNS} FROM actions WHERE slug = $1{lock}")).bind(slug.to_string()).fetch_optional(&mut **tx).await
        }
        (None, Some(id)) => sqlx::query_as(&format!("SELECT {ACTION_COLUMNS} FROM actions WHERE id = $1{lock}")).bind(id).fetch_optional(&mut **tx).await,
        (None, None) => Ok(None),
    }
}

/// Whether the action takes signatures now, and of this kind of signer.
pub(super) fn check_open(action: &LockedAction, kind: Option<SignatoryKind>, now: i64) -> Result<(), SignProblem> {
    if !action.kind.is_signed() {
        return Err(SignProblem::NotSigned);
    }
    if action.status != ActionStatus::Open || action.closes_at.is_some_and(|closes| closes <= now) {
        return Err(SignProblem::Closed);
    }
    if action.opens_at.is_some_and(|opens| opens > now) {
        return Err(SignProblem::NotOpenYet);
    }
    match kind {
        Some(SignatoryKind::Individual) if !action.signatories.admits_individuals() => Err(SignProblem::OrganisationsOnly),
        Some(SignatoryKind::Organisation) if !action.signatories.admits_organisations() => Err(SignProblem::IndividualsOnly),
        _ => Ok(()),
    }
}

/// The directory entry an organisation signing by `name` from `country` is, if any: its
/// name in any language, compared without case or punctuation.
pub(super) async fn directory_entry(tx: &mut Transaction<'static, Any>, name: &str, country: &str) -> Result<Option<i64>, sqlx::Error> {
    let wanted = normalised_organisation_name(name);
    let named: Vec<(i64, String)> = sqlx::query_as(
        "SELECT o.id, t.name FROM organisations o JOIN organisation_texts t ON t.organisation_id = o.id WHERE o.country = $1",
    )
    .bind(country)
    .fetch_all(&mut **tx)
    .await?;
    Ok(named.into_iter().find(|(_, n)| normalised_organisation_name(n) == wanted).map(|(id, _)| id))
}

/// The organisation's key for "one signature per organisation" ("directory:{id}" for an
/// organisation of the directory, else "name:{name}|{country}"), and the directory entry its
/// signature may link to: only when `user` edits that organisation. Anyone may sign in an
/// organisation's name (as on every sign-on letter), but only its editors' signature points
/// to its profile, which would otherwise look like the organisation's own word.
pub(super) async fn organisation_key(
    tx: &mut Transaction<'static, Any>,
    name: &str,
    country: &str,
    user: Option<i64>,
) -> Result<(Option<i64>, String), sqlx::Error> {
    let Some(id) = directory_entry(tx, name, country).await? else {
        return Ok((None, format!("name:{}|{country}", normalised_organisation_name(name))));
    };
    let edits: Option<(i64,)> = match user {
        Some(user) => sqlx::query_as("SELECT organisation_id FROM organisation_editors WHERE user_id = $1 AND organisation_id = $2")
            .bind(user)
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?,
        None => None,
    };
    Ok((edits.map(|_| id), format!("directory:{id}")))
}

/// Whether another confirmed signature speaks for the organisation `key`.
pub(super) async fn organisation_has_signed(tx: &mut Transaction<'static, Any>, action_id: i64, key: &str, other_than: i64) -> Result<bool, sqlx::Error> {
    let found: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM signatures WHERE action_id = $1 AND organisation_key = $2 AND status = 'confirmed' AND id <> $3",
    )
    .bind(action_id)
    .bind(key)
    .bind(other_than)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(found.is_some())
}

/// The action's title in `locale` (else its original language) and its page's address.
async fn title_and_page(tx: &mut Transaction<'static, Any>, action: &LockedAction, locale: Locale, public_url: &str) -> Result<(String, String), sqlx::Error> {
    let titles: Vec<(String, String)> = sqlx::query_as("SELECT language, title FROM action_texts WHERE action_id = $1 AND (language = $2 OR language = $3)")
        .bind(action.id)
        .bind(locale::code(locale))
        .bind(&action.original_language)
        .fetch_all(&mut **tx)
        .await?;
    let title = titles.iter().find(|t| t.0 == locale::code(locale)).or(titles.first()).map(|t| t.1.clone()).unwrap_or_default();
    Ok((title, format!("{public_url}{}", localise_path(locale, &format!("/actions/{}", action.slug)))))
}

/// A new link to confirm the signature, as mailed: `https://…/ar/actions/{slug}/sign?token=…`.
/// Earlier links stop working: the details were just given again (by whoever knows the
/// address), and only the mail that tells of these details may confirm them.
async fn issue_link(tx: &mut Transaction<'static, Any>, signature_id: i64, slug: &str, locale: Locale, public_url: &str, now: i64) -> Result<String, sqlx::Error> {
    sqlx::query("DELETE FROM signature_links WHERE signature_id = $1").bind(signature_id).execute(&mut **tx).await?;
    let token: String = rand::random::<[u8; 32]>().iter().map(|b| format!("{b:02x}")).collect();
    sqlx::query("INSERT INTO signature_links (token_hash, signature_id, created_at) VALUES ($1, $2, $3)")
        .bind(digest(&token))
        .bind(signature_id)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(format!("{public_url}{}?token={token}", localise_path(locale, &format!("/actions/{slug}/sign"))))
}

/// Queues the mail `mail` about a signature of `action` to `to`, in `locale`.
#[allow(clippy::too_many_arguments)] // each is one fact of the mail
async fn tell(
    tx: &mut Transaction<'static, Any>,
    action: &LockedAction,
    to: &str,
    name: &str,
    locale: Locale,
    mail: SignatureMail,
    public_url: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let (title, page) = title_and_page(tx, action, locale, public_url).await?;
    enqueue(tx, &render(locale, to, name, &title, &page, mail), now).await.map(|_| ())
}

/// Records a signature. A member's counts at once; a guest is mailed a link to confirm their
/// address first. A guest always gets the same answer, whether or not the address signed
/// already (its owner is told by mail), so the form reveals no signer.
pub async fn sign(db: &Db, action_slug: &str, signer: &Signer, public_url: &str, now: i64) -> Result<SignatureStatus, SignProblem> {
    let checked = check(signer)?;
    let mut tx = db.begin_tally().await?;
    let action = lock_action(&mut tx, db.backend, Some(action_slug), None).await?.ok_or(SignProblem::UnknownAction)?;
    check_open(&action, Some(signer.kind), now)?;
    let (organisation_id, key) = match signer.kind {
        SignatoryKind::Organisation => {
            let (id, key) = organisation_key(&mut tx, &checked.name, &checked.country, signer.user_id).await?;
            (id, Some(key))
        }
        SignatoryKind::Individual => (None, None),
    };
    let existing: Option<SignatureRow> = sqlx::query_as(&format!("SELECT {SIGNATURE_COLUMNS} FROM signatures WHERE action_id = $1 AND email = $2"))
        .bind(action.id)
        .bind(&checked.email)
        .fetch_optional(&mut **tx)
        .await?;
    let display = if signer.kind == SignatoryKind::Organisation { &checked.contact } else { &checked.name };
    if existing.as_ref().is_some_and(|row| row.status == SignatureStatus::Confirmed) {
        if signer.user_id.is_some() {
            return Err(SignProblem::AlreadySigned);
        }
        tell(&mut tx, &action, &checked.email, display, signer.locale, SignatureMail::AlreadySigned, public_url, now).await?;
        tx.commit().await?;
        return Ok(SignatureStatus::Pending);
    }
    let member = signer.user_id.is_some();
    if member {
        if let Some(key) = &key {
            if organisation_has_signed(&mut tx, action.id, key, 0).await? {
                return Err(SignProblem::OrganisationAlreadySigned);
            }
        }
    }
    let status = if member { SignatureStatus::Confirmed } else { SignatureStatus::Pending };
    let confirmed_at = member.then_some(now);
    let ui_language = locale::code(signer.locale);
    let id = match existing {
        // A pending signature by the same address is replaced by the new details.
        Some(pending) => {
            sqlx::query(
                "UPDATE signatures SET kind = $1, name = $2, organisation_id = $3, organisation_key = $4, country = $5, contact = $6, \
                 comment = $7, show_name = $8, status = $9, user_id = $10, ui_language = $11, confirmed_at = $12 WHERE id = $13",
            )
            .bind(signer.kind.code())
            .bind(&checked.name)
            .bind(organisation_id)
            .bind(&key)
            .bind(&checked.country)
            .bind(&checked.contact)
            .bind(&checked.comment)
            .bind(i64::from(signer.show_name))
            .bind(status.code())
            .bind(signer.user_id)
            .bind(ui_language)
            .bind(confirmed_at)
            .bind(pending.id)
            .execute(&mut **tx)
            .await?;
            pending.id
        }
        None => {
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO signatures (action_id, kind, name, organisation_id, organisation_key, country, contact, email, comment, \
                 show_name, source, status, user_id, ui_language, created_at, confirmed_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'form', $11, $12, $13, $14, $15) RETURNING id",
            )
            .bind(action.id)
            .bind(signer.kind.code())
            .bind(&checked.name)
            .bind(organisation_id)
            .bind(&key)
            .bind(&checked.country)
            .bind(&checked.contact)
            .bind(&checked.email)
            .bind(&checked.comment)
            .bind(i64::from(signer.show_name))
            .bind(status.code())
            .bind(signer.user_id)
            .bind(ui_language)
            .bind(now)
            .bind(confirmed_at)
            .fetch_one(&mut **tx)
            .await?;
            id
        }
    };
    let mail = if member {
        SignatureMail::Counted
    } else {
        SignatureMail::Confirm { link: issue_link(&mut tx, id, &action.slug, signer.locale, public_url, now).await? }
    };
    tell(&mut tx, &action, &checked.email, display, signer.locale, mail, public_url, now).await?;
    tx.commit().await?;
    Ok(status)
}

async fn signature_by_link(tx: &mut Transaction<'static, Any>, token: &str) -> Result<Option<SignatureRow>, sqlx::Error> {
    let token = token.trim();
    if token.is_empty() || token.len() > 128 {
        return Ok(None);
    }
    sqlx::query_as(&format!(
        "SELECT {SIGNATURE_COLUMNS} FROM signatures WHERE id = (SELECT signature_id FROM signature_links WHERE token_hash = $1)"
    ))
    .bind(digest(&token.to_ascii_lowercase()))
    .fetch_optional(&mut **tx)
    .await
}

/// What the holder of a mailed link sees before confirming: every detail the signature will
/// be counted (and perhaps shown) with.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LinkedDetails {
    pub slug: String,
    pub status: SignatureStatus,
    pub kind: SignatoryKind,
    pub name: String,
    pub country: String,
    pub contact: String,
    pub comment: String,
    pub show_name: i64,
}

pub async fn signature_of_link(db: &Db, token: &str) -> Result<Option<LinkedDetails>, sqlx::Error> {
    let token = token.trim();
    if token.is_empty() || token.len() > 128 {
        return Ok(None);
    }
    sqlx::query_as(
        "SELECT a.slug, s.status, s.kind, s.name, s.country, s.contact, s.comment, s.show_name FROM signatures s \
         JOIN actions a ON a.id = s.action_id WHERE s.id = (SELECT signature_id FROM signature_links WHERE token_hash = $1)",
    )
    .bind(digest(&token.to_ascii_lowercase()))
    .fetch_optional(&db.pool)
    .await
}

/// The signer opened their link and confirmed: the signature counts, unless signing has closed
/// meanwhile or another confirmed signature already speaks for the same organisation.
/// Confirming twice changes nothing. Returns the action's slug.
pub async fn confirm_signature(db: &Db, token: &str, now: i64) -> Result<String, SignProblem> {
    let mut tx = db.begin_tally().await?;
    let row = signature_by_link(&mut tx, token).await?.ok_or(SignProblem::LinkUnknown)?;
    let action = lock_action(&mut tx, db.backend, None, Some(row.action_id)).await?.ok_or(SignProblem::UnknownAction)?;
    if row.status == SignatureStatus::Confirmed {
        return Ok(action.slug);
    }
    check_open(&action, Some(row.kind), now)?;
    if let Some(key) = &row.organisation_key {
        if organisation_has_signed(&mut tx, action.id, key, row.id).await? {
            return Err(SignProblem::OrganisationAlreadySigned);
        }
    }
    sqlx::query("UPDATE signatures SET status = 'confirmed', confirmed_at = $1 WHERE id = $2 AND status = 'pending'")
        .bind(now)
        .bind(row.id)
        .execute(&mut **tx)
        .await?;
    tx.commit().await?;
    Ok(action.slug)
}
