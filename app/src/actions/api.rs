//! Server functions of actions. Public reads are GET and hold only what every reader may see
//! (no hidden signer, no address); signing and confirming are POST forms that work without
//! JavaScript (`forms::outcome::finish`).
use super::{ActionDetail, SignProblem, SignatureStatus, SignerPage, SignatoryKind};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

/// A page of the actions, open ones first, narrowed by the list's filters.
#[server(prefix = "/api", endpoint = "actions", input = GetUrl)]
pub async fn list_actions(#[server(default)] query: super::ActionsQuery, locale: String) -> Result<super::ActionResults, AppError> {
    use super::ACTIONS_PAGE_SIZE;
    let ui = crate::locale::from_code(&locale).ok_or(AppError::BadRequest)?;
    let filter = query.validate();
    let db = crate::state::db()?;
    // The session first, before any query (as `crate::events::api::list_events` explains).
    let can_create = match crate::events::api::signed_in_account(&db).await {
        Some(account) => {
            crate::events::api::no_store();
            let actor = crate::access::actor(&db, Some(account.id)).await?;
            crate::access::may(&actor, crate::access::Action::AddAction).is_ok()
        }
        None => false,
    };
    let all = super::queries::action_cards(&db, ui).await?;
    let mut organisers: Vec<crate::events::Organiser> = Vec::new();
    for card in all.iter() {
        for o in &card.organisers {
            if !organisers.iter().any(|known| known.slug == o.slug) {
                organisers.push(o.clone());
            }
        }
    }
    organisers.sort_by(|a, b| a.name.cmp(&b.name));
    let matching: Vec<super::ActionCard> = all.into_iter().filter(|c| filter.admits(c)).collect();
    let total = i64::try_from(matching.len()).unwrap_or(i64::MAX);
    let size = ACTIONS_PAGE_SIZE as usize;
    let pages = u32::try_from(matching.len().div_ceil(size)).unwrap_or(u32::MAX).max(1);
    let page = filter.page.min(pages);
    let actions = matching.into_iter().skip((page as usize - 1) * size).take(size).collect();
    Ok(super::ActionResults { actions, total, page, pages, organisers, can_create })
}

/// One action's page: its text, figures and whether it takes signatures now.
#[server(prefix = "/api", endpoint = "action", input = GetUrl)]
pub async fn fetch_action(slug: String, locale: String) -> Result<ActionDetail, AppError> {
    let ui = crate::locale::from_code(&locale).ok_or(AppError::BadRequest)?;
    if !crate::organisations::filter::is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    let db = crate::state::db()?;
    let detail = super::queries::action_detail(&db, &slug, ui, crate::now()).await?;
    detail.ok_or(AppError::NotFound)
}

/// A page of the signers who agreed to be named, narrowed to a country and a kind.
#[server(prefix = "/api", endpoint = "action-signers", input = GetUrl)]
pub async fn fetch_signers(
    slug: String,
    locale: String,
    #[server(default)] country: String,
    #[server(default)] kind: String,
    #[server(default)] page: u32,
) -> Result<SignerPage, AppError> {
    let ui = crate::locale::from_code(&locale).ok_or(AppError::BadRequest)?;
    if !crate::organisations::filter::is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    // An unknown country or kind narrows to nothing rather than failing the page.
    let country = (!country.is_empty()).then(|| country.to_ascii_uppercase());
    let kind = SignatoryKind::from_code(&kind);
    let db = crate::state::db()?;
    let page = super::queries::public_signers(&db, &slug, ui, country.as_deref(), kind, page.max(1)).await?;
    page.ok_or(AppError::NotFound)
}

/// Who is reading, as the signing form needs it: a member signs in one click under their name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SigningContext {
    /// The signed-in member's name, if any.
    pub member: Option<String>,
    /// Every country, code and name in the reader's language, for the form.
    pub countries: Vec<(String, String)>,
    /// Whether the reader may edit the action and see its signers (an organiser or an
    /// administrator): the page then links to their tools.
    pub organiser: bool,
}

/// What the signing form needs; personal (the member's name) only when signed in.
#[server(prefix = "/api", endpoint = "signing", input = GetUrl)]
pub async fn signing(slug: String, locale: String) -> Result<SigningContext, AppError> {
    let ui = crate::locale::from_code(&locale).ok_or(AppError::BadRequest)?;
    let db = crate::state::db()?;
    let account = crate::events::api::signed_in_account(&db).await;
    let mut organiser = false;
    if let Some(account) = &account {
        crate::events::api::no_store();
        organiser = may_manage(&db, Some(account.id), &slug, |organisers| crate::access::Action::EditAction { organisers }).await?.is_ok();
    }
    let member = account.map(|a| a.display_name);
    let mut countries: Vec<(String, String)> =
        crate::organisations::countries::codes().into_iter().map(|c| (c.to_string(), crate::organisations::countries::name(c, ui))).collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(SigningContext { member, countries, organiser })
}

/// The signing form's fields (`signature[name]`, …). `show_name` is "on" when the signer
/// agrees to be named in the public list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignatureForm {
    pub kind: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub comment: String,
    #[serde(default)]
    pub show_name: String,
}

/// Signs a letter or petition. A member's signature counts at once; a guest is mailed a link
/// to confirm.
#[server(prefix = "/api", endpoint = "sign")]
pub async fn sign_action(locale: String, slug: String, signature: SignatureForm) -> Result<SignatureStatus, SignProblem> {
    use super::queries::{sign, Signer};
    let SignatureForm { kind, name, country, contact, email, comment, show_name } = signature;
    let ui = crate::locale::from_code(&locale).ok_or(SignProblem::BadRequest)?;
    let page = action_page(ui, &slug);
    let form = format!("{page}?form={}", SignatoryKind::from_code(&kind).map_or("", SignatoryKind::code));
    let result = async {
        let kind = SignatoryKind::from_code(&kind).ok_or(SignProblem::BadRequest)?;
        let db = crate::state::db()?;
        let public_url = crate::state::public_url()?;
        let now = crate::now();
        let member = crate::events::api::signed_in_account(&db).await;
        let guest = member.is_none();
        let (user_id, email, name) = match member {
            // A member signs as themselves, under their account's address; an organisation's
            // name is still theirs to give.
            Some(account) => {
                let name = if kind == SignatoryKind::Individual && name.trim().is_empty() { account.display_name } else { name };
                (Some(account.id), account.email, name)
            }
            None => (None, email, name),
        };
        let signer = Signer { kind, name, country, contact, email, comment, show_name: !show_name.is_empty(), user_id, locale: ui };
        // A form that does not hold together is refused before it counts against a budget.
        super::queries::check_signer(&signer)?;
        if guest {
            mail_budget(&db, &signer.email, now).await?;
        }
        sign(&db, &slug, &signer, &public_url, now).await
    }
    .await;
    let done = match &result {
        Ok(SignatureStatus::Pending) => format!("{page}?signed=check-mail#sign"),
        Ok(SignatureStatus::Confirmed) => format!("{page}?signed=counted#sign"),
        Err(_) => String::new(),
    };
    crate::forms::outcome::finish(result, &done, &form)
}

/// What the holder of a mailed link is shown before confirming: all the signature says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedSignature {
    pub status: SignatureStatus,
    pub kind: SignatoryKind,
    pub name: String,
    /// The country's name in the reader's language.
    pub country: String,
    pub contact: String,
    pub comment: String,
    pub show_name: bool,
}

/// The signature a mailed link is about, on that action's pages only.
#[server(prefix = "/api", endpoint = "signature-link", input = GetUrl)]
pub async fn signature_link(slug: String, token: String, locale: String) -> Result<Option<LinkedSignature>, AppError> {
    let ui = crate::locale::from_code(&locale).ok_or(AppError::BadRequest)?;
    let db = crate::state::db()?;
    crate::events::api::no_store();
    let found = super::queries::signature_of_link(&db, &token).await?;
    Ok(found.filter(|d| d.slug == slug).map(|d| LinkedSignature {
        status: d.status,
        kind: d.kind,
        name: d.name,
        country: crate::organisations::countries::name(&d.country, ui),
        contact: d.contact,
        comment: d.comment,
        show_name: d.show_name != 0,
    }))
}

/// The signer confirms from the mailed link's page: the signature counts.
#[server(prefix = "/api", endpoint = "sign-confirm")]
pub async fn confirm_signature(locale: String, slug: String, token: String) -> Result<(), SignProblem> {
    let ui = crate::locale::from_code(&locale).ok_or(SignProblem::BadRequest)?;
    let page = sign_link_page(ui, &slug, &token);
    let result = async {
        let db = crate::state::db()?;
        match super::queries::confirm_signature(&db, &token, crate::now()).await? {
            action if action == slug => Ok(()),
            _ => Err(SignProblem::LinkUnknown),
        }
    }
    .await;
    let done = format!("{}?signed=confirmed#sign", action_page(ui, &slug));
    crate::forms::outcome::finish(result, &done, &page)
}

#[cfg(feature = "ssr")]
fn action_page(ui: crate::i18n::Locale, slug: &str) -> String {
    crate::locale::localise_path(ui, &format!("/actions/{slug}"))
}

#[cfg(feature = "ssr")]
fn sign_link_page(ui: crate::i18n::Locale, slug: &str, token: &str) -> String {
    let token: String = token.chars().filter(char::is_ascii_hexdigit).take(128).collect();
    format!("{}?token={token}", crate::locale::localise_path(ui, &format!("/actions/{slug}/sign")))
}

/// A guest's signature sends a mail: each address may be mailed a few times an hour, and each
/// client may have the site send `mails_per_address` an hour, whoever they are addressed to.
#[cfg(feature = "ssr")]
async fn mail_budget(db: &crate::db::Db, email: &str, now: i64) -> Result<(), SignProblem> {
    use crate::accounts::limits::{hit, Decision, Limit};
    let per_client = Limit { hits: crate::state::mails_per_address()?, window: 3600 };
    let client = crate::accounts::flows::client_address().await;
    let to_address = format!("sign:{}", email.trim().to_lowercase());
    // The address's own budget first: a refusal there leaves the client's budget as it was.
    for (key, limit) in [(to_address, Limit { hits: 5, window: 3600 }), (format!("mails:{client}"), per_client)] {
        if let Decision::Refused { .. } = hit(db, &key, limit, now).await? {
            return Err(SignProblem::TooManyAttempts);
        }
    }
    Ok(())
}

/// Whether `user` may do what `action` asks of the action `slug` (`crate::access`); an
/// unknown action is `UnknownAction`.
#[cfg(feature = "ssr")]
pub async fn may_manage(
    db: &crate::db::Db,
    user: Option<i64>,
    slug: &str,
    action: impl for<'a> Fn(&'a [String]) -> crate::access::Action<'a>,
) -> Result<Result<(), SignProblem>, sqlx::Error> {
    let Some(organisers) = super::queries::organisers_of(db, slug).await? else {
        return Ok(Err(SignProblem::UnknownAction));
    };
    let actor = crate::access::actor(db, user).await?;
    Ok(crate::access::may(&actor, action(&organisers)).map_err(SignProblem::from))
}

/// What the organisers' page of an action shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignaturesOverview {
    pub title: String,
    pub confirmed: i64,
    pub pending: i64,
    pub reported: Vec<super::ReportedCount>,
    pub may_import: bool,
    pub may_report: bool,
}

/// The organisers' view of an action's signatures; for them and administrators only.
#[server(prefix = "/api", endpoint = "signatures-admin", input = GetUrl)]
pub async fn signatures_admin(slug: String, locale: String) -> Result<SignaturesOverview, SignProblem> {
    use crate::access::Action;
    let ui = crate::locale::from_code(&locale).ok_or(SignProblem::BadRequest)?;
    crate::events::api::no_store();
    let result = async {
        let db = crate::state::db()?;
        let user = crate::events::api::signed_in_account(&db).await.map(|a| a.id);
        may_manage(&db, user, &slug, |organisers| Action::SeeSigners { organisers }).await??;
        let may_import = may_manage(&db, user, &slug, |organisers| Action::ImportSigners { organisers }).await?.is_ok();
        let may_report = may_manage(&db, user, &slug, |organisers| Action::RecordReportedCount { organisers }).await?.is_ok();
        let detail = super::queries::action_detail(&db, &slug, ui, crate::now()).await?.ok_or(SignProblem::UnknownAction)?;
        let (confirmed, pending) = super::queries::signature_counts(&db, &slug).await?;
        Ok(SignaturesOverview { title: detail.card.title, confirmed, pending, reported: detail.figures.reported, may_import, may_report })
    }
    .await;
    crate::forms::outcome::answer(result)
}

/// A count reported from elsewhere, as the organisers' form gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedCountForm {
    #[serde(default)]
    pub signatures: String,
    #[serde(default)]
    pub organisations: String,
    #[serde(default)]
    pub countries: String,
    #[serde(default)]
    pub wording: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub source_url: String,
}

/// Records a count of signatures reported from elsewhere (`RecordReportedCount`).
#[server(prefix = "/api", endpoint = "reported-count")]
pub async fn record_count(locale: String, slug: String, count: ReportedCountForm) -> Result<(), SignProblem> {
    let ui = crate::locale::from_code(&locale).ok_or(SignProblem::BadRequest)?;
    let page = crate::locale::localise_path(ui, &format!("/actions/{slug}/signatures"));
    let result = async {
        let db = crate::state::db()?;
        let user = crate::events::api::signed_in_account(&db).await.map(|a| a.id);
        may_manage(&db, user, &slug, |organisers| crate::access::Action::RecordReportedCount { organisers }).await??;
        let number = |text: &str| -> Result<i64, SignProblem> {
            match text.trim() {
                "" => Ok(0),
                given => given.replace([',', ' ', '\u{a0}', '\u{202f}'], "").parse::<i64>().map_err(|_| SignProblem::InvalidNumber),
            }
        };
        let reported = super::ReportedCount {
            signatures: number(&count.signatures)?,
            organisations: number(&count.organisations)?,
            countries: number(&count.countries)?,
            wording: count.wording,
            language: count.language,
            source: count.source,
            source_url: count.source_url,
        };
        super::queries::record_reported_count(&db, &slug, &reported, crate::now()).await
    }
    .await;
    crate::forms::outcome::finish(result, &format!("{page}?recorded=1"), &format!("{page}?form=report"))
}
