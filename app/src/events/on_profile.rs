//! The events section of an organisation's profile.
use super::api::fetch_organisation_events;
use super::{EventCard, EventCardView};
use crate::i18n::*;
use crate::locale::{code, localise_path};
use leptos::prelude::*;

#[component]
pub fn OrganisationEventsSection(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let all = localise_path(locale, &format!("/events?organiser={slug}"));
    let all_past = localise_path(locale, &format!("/events?when=past&organiser={slug}"));
    let events = Resource::new(move || slug.clone(), move |slug| fetch_organisation_events(slug, code(locale).to_string()));
    view! {
        <Transition fallback=|| ()>
            {move || {
                let (all, all_past) = (all.clone(), all_past.clone());
                Suspend::new(async move {
                    let events = events.await.ok()?;
                    (!events.upcoming.is_empty() || !events.past.is_empty()).then(|| view! {
                        <section aria-labelledby="events-heading" class="related">
                            <h2 id="events-heading">{t!(i18n, events_title)}</h2>
                            <EventList heading=td_string!(locale, events_upcoming) events=events.upcoming href=all/>
                            <EventList heading=td_string!(locale, events_past) events=events.past href=all_past/>
                        </section>
                    })
                })
            }}
        </Transition>
    }
}

#[component]
fn EventList(heading: &'static str, events: Vec<EventCard>, href: String) -> impl IntoView {
    let i18n = use_i18n();
    (!events.is_empty()).then(|| view! {
        <h3>{heading}</h3>
        <ul class="card-list">
            {events.into_iter().map(|card| view! { <li><EventCardView card/></li> }).collect_view()}
        </ul>
        <p><a href=href>{t!(i18n, events_see_all)}</a></p>
    })
}

/// The account page's list of the member's RSVPs.
#[component]
pub fn MyEventsSection() -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let events = Resource::new(|| (), move |_| super::api::my_events(code(locale).to_string()));
    view! {
        <h2>{t!(i18n, account_rsvps)}</h2>
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                let events = events.await.unwrap_or_default();
                if events.is_empty() {
                    let browse = localise_path(locale, "/events");
                    return view! { <p class="empty">{t!(i18n, account_rsvps_empty)} " " <a href=browse>{t!(i18n, account_rsvps_browse)}</a></p> }.into_any();
                }
                view! {
                    <ul class="link-list my-events">
                        {events.into_iter().map(|super::MyEvent { card, status, upcoming }| {
                            let href = localise_path(locale, &format!("/events/{}#rsvp", card.slug));
                            // Cancelling makes sense while the event is still to come.
                            let cancel = upcoming.then(|| card.slug.clone());
                            let status = match status {
                                super::RsvpStatus::Confirmed => td_string!(locale, rsvp_status_confirmed),
                                super::RsvpStatus::Waitlisted => td_string!(locale, rsvp_status_waitlisted),
                                super::RsvpStatus::Pending => td_string!(locale, rsvp_status_pending),
                                super::RsvpStatus::Cancelled => td_string!(locale, rsvp_status_cancelled),
                            };
                            view! {
                                <li><a href=href dir="auto">{card.title}</a> " — "
                                    <time datetime=card.when.start_iso>{card.when.text}</time>
                                    " " <span class="tag">{status}</span>
                                    {cancel.map(|slug| view! { " " <super::rsvp_box::CancelForm slug token=String::new()/> })}</li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </Transition>
    }
}

