//! The RSVP box of an event's page, and the viewer's own RSVP as it and the mailed link's page
//! show it. The join link appears only here, to a confirmed attendee.
use super::api::{CancelRsvp, Rsvp};
use super::labels::count_people;
use super::{EventDetail, MyRsvp, RsvpProblem, RsvpStatus, RsvpView, RsvpWindow};
use crate::forms::{shown_problem, shown_problem_of, LocaleField, ProblemMessage};
use crate::i18n::*;
use crate::locale::{language_autonym, localise_path};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[allow(clippy::needless_pass_by_value)] // a component owns its props
#[component]
pub fn RsvpBox(detail: EventDetail, mine: Result<RsvpView, RsvpProblem>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let view_of_me = mine.unwrap_or(RsvpView { member: None, rsvp: None, organiser: false });
    let slug = detail.card.slug.clone();
    let seats = match detail.capacity {
        Some(capacity) => {
            let taken = detail.confirmed.to_string();
            let capacity = capacity.to_string();
            td_string!(locale, rsvp_seats_taken, taken, capacity)
        }
        None => td_string!(locale, rsvp_registered_count, count = count_people(locale, detail.confirmed)),
    };
    let waitlisted = (detail.waitlisted > 0).then(|| {
        let n = detail.waitlisted.to_string();
        td_string!(locale, rsvp_waitlist_count, n)
    });
    let active = view_of_me.rsvp.clone().filter(|r| r.status != RsvpStatus::Cancelled);
    let body = match active {
        Some(rsvp) => view! {
            // A refusal that came back in the address (e.g. registering twice without JS).
            <ProblemMessage problem=shown_problem(Signal::derive(|| None::<Result<(), RsvpProblem>>))/>
            <MyRsvpView rsvp/>
            <CancelForm slug=slug.clone() token=String::new()/>
        }
        .into_any(),
        None => match detail.rsvp {
            RsvpWindow::Open | RsvpWindow::WaitlistOnly => view! {
                <RsvpForm detail=detail.clone() member=view_of_me.member.clone()/>
            }
            .into_any(),
            closed => view! { <p class="notice">{closed_text(locale, closed)}</p> }.into_any(),
        },
    };
    let attendees = view_of_me.organiser.then(|| localise_path(locale, &format!("/events/{slug}/attendees")));
    let closes = detail.rsvp_closes.clone().filter(|_| matches!(detail.rsvp, RsvpWindow::Open | RsvpWindow::WaitlistOnly));
    view! {
        <section id="rsvp" aria-labelledby="rsvp-heading" class="rsvp-box">
            <h2 id="rsvp-heading">{t!(i18n, rsvp_heading)}</h2>
            <RsvpDone/>
            {(detail.rsvp != RsvpWindow::Over).then(|| view! {
                <p class="seats">{seats} {waitlisted.map(|w| view! { " · " {w} })}</p>
            })}
            {closes.map(|c| view! { <p class="muted">{t!(i18n, rsvp_closes_at)} " " <bdi>{c.text}</bdi></p> })}
            {body}
            {attendees.map(|href| {
                let edit = href.replace("/attendees", "/edit");
                view! { <p><a href=href>{t!(i18n, attendees_link)}</a> " · " <a href=edit>{t!(i18n, edit_link)}</a></p> }
            })}
        </section>
    }
}

fn closed_text(locale: Locale, window: RsvpWindow) -> &'static str {
    match window {
        RsvpWindow::NotYetOpen => td_string!(locale, rsvp_problem_not_open_yet),
        RsvpWindow::Cancelled => td_string!(locale, rsvp_problem_cancelled),
        RsvpWindow::Over => td_string!(locale, rsvp_problem_over),
        _ => td_string!(locale, rsvp_problem_closed),
    }
}

/// What happened, after a plain form post or a navigation (`?rsvp=…`).
#[component]
fn RsvpDone() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let query = use_query_map();
    let text = move || {
        Some(match query.with(|q| q.get("rsvp"))?.as_str() {
            "confirmed" => td_string!(locale, rsvp_done_confirmed),
            "waitlisted" => td_string!(locale, rsvp_done_waitlisted),
            "check-mail" => td_string!(locale, rsvp_done_check_mail),
            "cancelled" => td_string!(locale, rsvp_done_cancelled),
            _ => return None,
        })
    };
    view! { <div role="status">{move || text().map(|t| view! { <p class="done-notice">{t}</p> })}</div> }
}

#[component]
fn RsvpForm(detail: EventDetail, member: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let action = ServerAction::<Rsvp>::new();
    let problem = shown_problem(action.value());
    let waitlist = detail.rsvp == RsvpWindow::WaitlistOnly;
    let channels = detail.interpretation.clone();
    let log_in = localise_path(locale, "/log-in");
    let is_guest = member.is_none();
    view! {
        <ActionForm action attr:class="account-form rsvp-form">
            <LocaleField/>
            <input type="hidden" name="slug" value=detail.card.slug.clone()/>
            {waitlist.then(|| view! { <p class="notice">{t!(i18n, rsvp_full)}</p> })}
            {member.map(|name| view! { <p>{t!(i18n, rsvp_as_member)} " " <strong dir="auto">{name}</strong></p> })}
            {is_guest.then(|| view! {
                <div class="field">
                    <label for="rsvp-email">{t!(i18n, field_email)}</label>
                    <input id="rsvp-email" name="email" type="email" autocomplete="email" required=true maxlength="254"
                        aria-describedby="rsvp-email-hint"/>
                    <p id="rsvp-email-hint" class="hint">{t!(i18n, rsvp_guest_hint)}</p>
                </div>
                <div class="field">
                    <label for="rsvp-name">{t!(i18n, rsvp_name_optional)}</label>
                    <input id="rsvp-name" name="name" type="text" autocomplete="nickname" maxlength="60"/>
                </div>
            })}
            {(!channels.is_empty()).then(|| view! {
                <div class="field">
                    <label for="rsvp-interpretation">{t!(i18n, rsvp_interpretation)}</label>
                    <select id="rsvp-interpretation" name="interpretation">
                        <option value="">{t!(i18n, rsvp_interpretation_none)}</option>
                        {channels.into_iter().map(|l| {
                            let name = language_autonym(&l).unwrap_or(&l).to_string();
                            view! { <option value=l>{name}</option> }
                        }).collect_view()}
                    </select>
                </div>
            })}
            <ProblemMessage problem/>
            <button type="submit" disabled=move || action.pending().get()>
                {if waitlist { td_string!(locale, rsvp_join_waitlist) } else { td_string!(locale, rsvp_submit) }}
            </button>
            {is_guest.then(|| view! { <p class="hint">{t!(i18n, rsvp_or_log_in)} " " <a href=log_in>{t!(i18n, log_in_title)}</a></p> })}
        </ActionForm>
    }
}

/// The viewer's RSVP: where it stands and, once confirmed, how to join.
#[component]
pub fn MyRsvpView(rsvp: MyRsvp) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let status = match rsvp.status {
        RsvpStatus::Confirmed => td_string!(locale, rsvp_you_are_registered).to_string(),
        RsvpStatus::Waitlisted => {
            let position = rsvp.waitlist_position.unwrap_or(1).to_string();
            td_string!(locale, rsvp_you_are_waitlisted, position)
        }
        RsvpStatus::Pending => td_string!(locale, rsvp_you_are_pending).to_string(),
        RsvpStatus::Cancelled => td_string!(locale, rsvp_you_cancelled).to_string(),
    };
    let interpretation = (!rsvp.interpretation.is_empty())
        .then(|| language_autonym(&rsvp.interpretation).unwrap_or(&rsvp.interpretation).to_string());
    view! {
        <p class="rsvp-status"><strong>{status}</strong></p>
        {interpretation.map(|l| view! { <p>{t!(i18n, rsvp_interpretation)} ": " {l}</p> })}
        {rsvp.join_url.map(|url| view! {
            <p><a class="button" href=url.clone() rel="noopener noreferrer">{t!(i18n, rsvp_join_now)}</a>
                " " <span class="muted" dir="ltr">{url}</span></p>
        })}
        {rsvp.channel.map(|c| view! { <p class="channel" dir="auto">{c}</p> })}
    }
}

/// Cancel by log-in (`token` empty) or by the mailed link.
#[component]
pub fn CancelForm(slug: String, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CancelRsvp>::new();
    let problem = if token.is_empty() { shown_problem_of(action.value(), "cancel") } else { shown_problem(action.value()) };
    view! {
        <ActionForm action attr:class="inline-form">
            <LocaleField/>
            <input type="hidden" name="slug" value=slug/>
            <input type="hidden" name="token" value=token/>
            <ProblemMessage problem/>
            <button type="submit" class="secondary" disabled=move || action.pending().get()>{t!(i18n, rsvp_cancel)}</button>
        </ActionForm>
    }
}
