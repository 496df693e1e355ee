//! Server functions of events. Public reads are GET and never hold a join link; the viewer's
//! own RSVP comes from `my_rsvp`, which only answers its holder. Changes are POST forms that
//! work without JavaScript (`forms::outcome::finish`).
use super::{EventDetail, EventResults, EventsQuery, RsvpProblem, RsvpStatus, RsvpView};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// No network holds more events in a month; the bound keeps one page's work small.
#[cfg(feature = "ssr")]
const CALENDAR_LIMIT: u32 = 300;

#[server(prefix = "/api", endpoint = "events", input = GetUrl)]
pub async fn list_events(#[server(default)] query: EventsQuery, locale: String) -> Result<EventResults, AppError> {
    use super::{queries, EVENTS_PAGE_SIZE};
    let ui = crate::locale::from_code(&locale).ok_or(AppError::BadRequest)?;
    let db = crate::state::db()?;
    // The session first, before any query: a reader who leaves takes the request with them,
    // and this goes on in a task of its own (as in `fetch_event` below).
    let can_create = match signed_in_account(&db).await {
        Some(account) => {
            let actor = crate::access::actor(&db, Some(account.id)).await?;
            crate::access::may(&actor, crate::access::Action::AddEvent).is_ok()
        }
        None => false,
    };
    let (mut filter, mut notices) = query.validate();
    let organisers = queries::organiser_options(&db, ui).await?;
    if let Some(organiser) = filter.organiser.clone() {
        if !organisers.iter().any(|o| o.slug == organiser) {
            notices.push(super::EventsNotice::UnknownOrganiser(organiser));
            filter.organiser = None;
        }
    }
    let now = crate::now();
    if filter.calendar {
        // The calendar shows a whole month (this one unless asked), past and upcoming.
        let month = filter.month.unwrap_or_else(|| super::time::month_of(now));
        let month_filter = super::EventsFilter { month: Some(month), page: 1, ..filter };
        let (events, total) = queries::events_page(&db, &month_filter, ui, now, CALENDAR_LIMIT).await?;
        let placed: Vec<(String, String, i64, String)> =
            events.iter().map(|e| (e.slug.clone(), e.title.clone(), e.starts_at, e.timezone.clone())).collect();
        let calendar = Some(super::time::calendar_month(ui, month, &placed));
        return Ok(EventResults { events, total, page: 1, pages: 1, notices, organisers, calendar, can_create });
    }
    let (events, total) = queries::events_page(&db, &filter, ui, now, EVENTS_PAGE_SIZE).await?;
    let pages = u32::try_from((total + i64::from(EVENTS_PAGE_SIZE) - 1) / i64::from(EVENTS_PAGE_SIZE)).unwrap_or(u32::MAX);
    Ok(EventResults { events, total, page: filter.page, pages, notices, organisers, calendar: None, can_create })
}

#[server(prefix = "/api", endpoint = "event", input = GetUrl)]
pub async fn fetch_event(slug: String, locale: String) -> Result<EventDetail, AppError> {
    let ui = crate::locale::from_code(&locale).ok_or(AppError::BadRequest)?;
    if !crate::organisations::filter::is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    // Everything from the request (state, session) is read before the event's query: the
    // page's resource runs this in a task of its own, which goes on after a reader who left
    // has taken the request, and its context, with them; read after the await, it was gone,
    // and each such reader logged two wiring errors (bench/README.md).
    let db = crate::state::db()?;
    let public_url = crate::state::public_url()?;
    // A signed-in reader whose account has another zone also sees the time in theirs.
    let reader_zone = signed_in_account(&db).await.map(|account| account.timezone);
    let mut detail = super::queries::event_detail(&db, &slug, ui, crate::now()).await?.ok_or(AppError::NotFound)?;
    detail.json_ld = super::json_ld::event(&detail, &public_url, ui);
    if let Some(tz) = reader_zone.filter(|zone| *zone != detail.timezone).and_then(|zone| super::time::zone(&zone)) {
        detail.viewer = Some(super::time::span(ui, detail.card.starts_at, detail.card.ends_at, tz));
    }
    Ok(detail)
}

/// The viewer's own RSVP to the event: by the link they were mailed, else by their log-in.
#[server(prefix = "/api", endpoint = "my-rsvp", input = GetUrl)]
pub async fn my_rsvp(slug: String, #[server(default)] token: Option<String>) -> Result<RsvpView, RsvpProblem> {
    use super::queries::{my_rsvp, Holder};
    let db = crate::state::db()?;
    let account = signed_in_account(&db).await;
    let token = token.filter(|t| !t.is_empty());
    // Only an answer about someone is theirs alone. A reader with neither a log-in nor a link
    // gets the empty form everyone gets, so their event page may be kept (server::page_cache).
    if account.is_some() || token.is_some() {
        no_store();
    }
    let member = account.as_ref().map(|a| a.display_name.clone());
    let rsvp = match (token.as_deref(), &account) {
        // A link opens only the RSVP it was mailed about, and only on that event's pages.
        (Some(token), _) => my_rsvp(&db, Holder::Link(token)).await?.filter(|(event, _)| *event == slug),
        (None, Some(account)) => my_rsvp(&db, Holder::Member { user_id: account.id, event_slug: &slug }).await?,
        (None, None) => None,
    };
    let organiser = match &account {
        Some(account) => may_see_attendees(&db, Some(account.id), &slug).await?.is_ok(),
        None => false,
    };
    Ok(RsvpView { member, rsvp: rsvp.map(|(_, r)| r), organiser })
}

/// RSVP: a signed-in member in one click; a guest with an email address (and an optional
/// name), who is mailed a link to confirm.
#[server(prefix = "/api", endpoint = "rsvp")]
pub async fn rsvp(
    locale: String,
    slug: String,
    #[server(default)] interpretation: String,
    #[server(default)] email: String,
    #[server(default)] name: String,
) -> Result<RsvpStatus, RsvpProblem> {
    use super::queries::{register, Attendee};
    let ui = crate::locale::from_code(&locale).ok_or(RsvpProblem::BadRequest)?;
    let page = event_page(ui, &slug);
    let result = async {
        let db = crate::state::db()?;
        let public_url = crate::state::public_url()?;
        let now = crate::now();
        let attendee = match signed_in_account(&db).await {
            Some(account) => Attendee { user_id: Some(account.id), email: account.email, name: account.display_name, locale: ui },
            None => {
                guest_limit(&db, &email, now).await?;
                Attendee { user_id: None, email, name, locale: ui }
            }
        };
        register(&db, &slug, &attendee, &interpretation, &public_url, now).await
    }
    .await;
    let done = match &result {
        Ok(RsvpStatus::Pending) => format!("{page}?rsvp=check-mail#rsvp"),
        Ok(status) => format!("{page}?rsvp={}#rsvp", status.code()),
        Err(_) => String::new(),
    };
    crate::forms::outcome::finish(result, &done, &page)
}

/// A guest confirms their address from the mailed link's page.
#[server(prefix = "/api", endpoint = "rsvp-confirm")]
pub async fn confirm_rsvp(locale: String, slug: String, token: String) -> Result<RsvpStatus, RsvpProblem> {
    let ui = crate::locale::from_code(&locale).ok_or(RsvpProblem::BadRequest)?;
    let page = rsvp_link_page(ui, &slug, &token);
    let result = async {
        let db = crate::state::db()?;
        let public_url = crate::state::public_url()?;
        super::queries::confirm_guest(&db, &token, &public_url, crate::now()).await
    }
    .await;
    let done = format!("{page}&done=confirmed");
    crate::forms::outcome::finish(result, &done, &page)
}

/// Cancels the viewer's RSVP: by their log-in, or by the mailed link (`token`).
#[server(prefix = "/api", endpoint = "rsvp-cancel")]
pub async fn cancel_rsvp(locale: String, slug: String, #[server(default)] token: String) -> Result<(), RsvpProblem> {
    use super::queries::{cancel, Holder};
    let ui = crate::locale::from_code(&locale).ok_or(RsvpProblem::BadRequest)?;
    let by_link = !token.is_empty();
    let form = if by_link { rsvp_link_page(ui, &slug, &token) } else { format!("{}?form=cancel", event_page(ui, &slug)) };
    let result = async {
        let db = crate::state::db()?;
        let public_url = crate::state::public_url()?;
        let now = crate::now();
        let holder = if by_link {
            Holder::Link(&token)
        } else {
            let account = signed_in_account(&db).await.ok_or(RsvpProblem::NotLoggedIn)?;
            return cancel(&db, Holder::Member { user_id: account.id, event_slug: &slug }, &public_url, now).await.map(|_| ());
        };
        match cancel(&db, holder, &public_url, now).await {
            Ok(event) if event == slug => Ok(()),
            Ok(_) => Err(RsvpProblem::LinkUnknown),
            Err(e) => Err(e),
        }
    }
    .await;
    let done = if by_link { format!("{form}&done=cancelled") } else { format!("{}?rsvp=cancelled#rsvp", event_page(ui, &slug)) };
    crate::forms::outcome::finish(result, &done, &form)
}

#[cfg(feature = "ssr")]
fn event_page(ui: crate::i18n::Locale, slug: &str) -> String {
    crate::locale::localise_path(ui, &format!("/events/{slug}"))
}

#[cfg(feature = "ssr")]
fn rsvp_link_page(ui: crate::i18n::Locale, slug: &str, token: &str) -> String {
    let token: String = token.chars().filter(char::is_ascii_hexdigit).take(128).collect();
    format!("{}?token={token}", crate::locale::localise_path(ui, &format!("/events/{slug}/rsvp")))
}

#[cfg(feature = "ssr")]
pub(crate) async fn signed_in_account(db: &crate::db::Db) -> Option<crate::accounts::users::Account> {
    let session = crate::accounts::signed_in::session().await.ok()?;
    let user_id = crate::accounts::signed_in::current(&session, crate::now()).await.ok()??;
    crate::accounts::users::by_id(&db.pool, user_id).await.ok()?
}

/// Whether `user` may see the event's attendees (`crate::access`); an unknown event is
/// `UnknownEvent`.
#[cfg(feature = "ssr")]
pub async fn may_see_attendees(db: &crate::db::Db, user: Option<i64>, slug: &str) -> Result<Result<(), RsvpProblem>, sqlx::Error> {
    use crate::access::{may, Action, Refusal};
    let Some(organisers) = super::queries::organisers_of(db, slug).await? else {
        return Ok(Err(RsvpProblem::UnknownEvent));
    };
    let actor = crate::access::actor(db, user).await?;
    Ok(may(&actor, Action::SeeAttendees { organisers: &organisers }).map_err(|refusal| match refusal {
        Refusal::LogIn => RsvpProblem::NotLoggedIn,
        Refusal::TwoFactorRequired => RsvpProblem::TwoFactorRequired,
        Refusal::Forbidden => RsvpProblem::Forbidden,
    }))
}

/// Guests' RSVPs send mail, so each address may ask a few times an hour (whoever asks).
#[cfg(feature = "ssr")]
async fn guest_limit(db: &crate::db::Db, email: &str, now: i64) -> Result<(), RsvpProblem> {
    use crate::accounts::limits::{hit, Decision, Limit};
    let key = format!("rsvp:{}", email.trim().to_lowercase());
    match hit(db, &key, Limit { hits: 5, window: 3600 }, now).await? {
        Decision::Allowed => Ok(()),
        Decision::Refused { .. } => Err(RsvpProblem::TooManyAttempts),
    }
}

/// A reader's own RSVP must not be kept by any cache, ours or one between them and us.
#[cfg(feature = "ssr")]
pub(crate) fn no_store() {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(http::header::CACHE_CONTROL, http::HeaderValue::from_static("no-store"));
    }
}

/// An organisation's upcoming and past events, for its profile.
#[server(prefix = "/api", endpoint = "organisation-events", input = GetUrl)]
pub async fn fetch_organisation_events(slug: String, locale: String) -> Result<super::OrganisationEvents, AppError> {
    let ui = crate::locale::from_code(&locale).ok_or(AppError::BadRequest)?;
    if !crate::organisations::filter::is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    let db = crate::state::db()?;
    let (upcoming, past) = super::queries::organisation_events(&db, &slug, ui, crate::now(), super::queries::PROFILE_EVENTS).await?;
    Ok(super::OrganisationEvents { upcoming, past })
}

/// The signed-in member's RSVPs, for their account page (empty when logged out), each with
/// whether its event is still to come.
#[server(prefix = "/api", endpoint = "my-events", input = GetUrl)]
pub async fn my_events(locale: String) -> Result<Vec<super::MyEvent>, AppError> {
    let ui = crate::locale::from_code(&locale).ok_or(AppError::BadRequest)?;
    let db = crate::state::db()?;
    no_store();
    let Some(account) = signed_in_account(&db).await else { return Ok(Vec::new()) };
    let now = crate::now();
    let rows = super::queries::member_rsvps(&db, account.id, ui, now).await?;
    Ok(rows.into_iter().map(|(card, status)| super::MyEvent { upcoming: card.ends_at > now, card, status }).collect())
}

/// The attendees of an event, for its organisers and admins only.
#[server(prefix = "/api", endpoint = "event-attendees", input = GetUrl)]
pub async fn event_attendees(slug: String) -> Result<Vec<super::Attendee>, RsvpProblem> {
    let db = crate::state::db()?;
    no_store();
    let result = async {
        let account = signed_in_account(&db).await.ok_or(RsvpProblem::NotLoggedIn)?;
        may_see_attendees(&db, Some(account.id), &slug).await??;
        let rows = super::queries::attendees(&db, &slug).await?;
        Ok(rows
            .into_iter()
            .map(|r| super::Attendee {
                status: r.status,
                name: r.name,
                email: r.email,
                interpretation: r.interpretation,
            })
            .collect())
    }
    .await;
    crate::forms::outcome::answer(result)
}
