//! `/events/{slug}/attendees`: who registered, for the event's organisers and admins, with the
//! list as a CSV file (`/events/{slug}/attendees.csv`).
use super::api::{event_attendees, fetch_event};
use super::{RsvpProblem, RsvpStatus};
use crate::i18n::*;
use crate::locale::{code, language_autonym, localise_path};
use crate::ui::{ErrorMessage, LocalisedHead};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn AttendeesPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    let event = Resource::new(move || (slug.get(), i18n.get_locale()), |(slug, locale)| fetch_event(slug, code(locale).to_string()));
    let list = Resource::new(move || slug.get(), event_attendees);
    view! {
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                let list = list.await;
                let detail = match event.await {
                    Ok(detail) => detail,
                    Err(e) => return view! { <ErrorMessage error=e/> }.into_any(),
                };
                let locale = i18n.get_locale_untracked();
                let slug = detail.card.slug.clone();
                let body = match list {
                    Ok(rows) if rows.is_empty() => view! { <p class="empty">{t!(i18n, attendees_none)}</p> }.into_any(),
                    Ok(rows) => view! {
                        <p><a href=format!("/events/{slug}/attendees.csv") download="">{t!(i18n, attendees_csv)}</a></p>
                        <div class="calendar-scroll">
                            <table class="people">
                                <caption class="visually-hidden">{t!(i18n, attendees_title)}</caption>
                                <thead><tr>
                                    <th scope="col">{t!(i18n, attendees_name)}</th>
                                    <th scope="col">{t!(i18n, field_email)}</th>
                                    <th scope="col">{t!(i18n, attendees_status)}</th>
                                    <th scope="col">{t!(i18n, rsvp_interpretation)}</th>
                                </tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|a| view! {
                                        <tr>
                                            <td dir="auto">{a.name}</td>
                                            <td dir="ltr">{a.email}</td>
                                            <td>{status_text(locale, a.status)}</td>
                                            <td>{language_autonym(&a.interpretation).unwrap_or("").to_string()}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any(),
                    Err(problem) => {
                        crate::error::set_response_status(problem.status());
                        let text = if problem == RsvpProblem::NotLoggedIn { td_string!(locale, problem_not_logged_in) } else { td_string!(locale, problem_forbidden) };
                        view! { <p class="form-problem" role="alert"><span>{text}</span></p> }.into_any()
                    }
                };
                let path = format!("/events/{slug}/attendees");
                view! {
                    <LocalisedHead title=td_string!(locale, attendees_title) description=td_string!(locale, attendees_description) path private=true/>
                    <h1>{t!(i18n, attendees_title)}</h1>
                    <p class="lead"><a href=localise_path(locale, &format!("/events/{slug}")) dir="auto">{detail.card.title}</a></p>
                    {body}
                }.into_any()
            })}
        </Transition>
    }
}

fn status_text(locale: Locale, status: RsvpStatus) -> &'static str {
    match status {
        RsvpStatus::Confirmed => td_string!(locale, rsvp_status_confirmed),
        RsvpStatus::Waitlisted => td_string!(locale, rsvp_status_waitlisted),
        RsvpStatus::Pending => td_string!(locale, rsvp_status_pending),
        RsvpStatus::Cancelled => td_string!(locale, rsvp_status_cancelled),
    }
}
