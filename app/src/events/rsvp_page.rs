//! `/events/{slug}/rsvp?token=…`: the page a mailed RSVP link opens. Opening it changes nothing
//! (mail scanners open links too): a guest confirms with the button, anyone cancels with one.
use super::api::{fetch_event, my_rsvp, ConfirmRsvp};
use super::rsvp_box::{CancelForm, MyRsvpView};
use super::{RsvpProblem, RsvpStatus};
use crate::forms::{shown_problem, LocaleField, ProblemMessage};
use crate::i18n::*;
use crate::locale::{code, localise_path};
use crate::ui::{ErrorMessage, LocalisedHead};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn RsvpLinkPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    let token = Memo::new(move |_| query.with(|q| q.get("token").unwrap_or_default()));
    let done = Memo::new(move |_| query.with(|q| q.get("done")));
    let event = Resource::new(move || (slug.get(), i18n.get_locale()), |(slug, locale)| fetch_event(slug, code(locale).to_string()));
    let mine = Resource::new(move || (slug.get(), token.get(), done.get()), |(slug, token, _)| my_rsvp(slug, Some(token)));
    view! {
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                let mine = mine.await;
                match event.await {
                    Ok(detail) => {
                        let locale = i18n.get_locale_untracked();
                        let slug = detail.card.slug.clone();
                        let page = localise_path(locale, &format!("/events/{slug}"));
                        let path = format!("/events/{slug}/rsvp");
                        let rsvp = mine.ok().and_then(|m| m.rsvp);
                        view! {
                            <LocalisedHead title=td_string!(locale, rsvp_link_title) description=td_string!(locale, rsvp_link_description) path private=true/>
                            <section class="account-page">
                                <h1>{t!(i18n, rsvp_link_title)}</h1>
                                <p class="lead"><a href=page.clone() dir="auto">{detail.card.title.clone()}</a></p>
                                <p><time datetime=detail.card.when.start_iso.clone()>{detail.card.when.text.clone()}</time>
                                    " " <span class="muted"><bdi>{detail.card.when.zone}</bdi></span></p>
                                <LinkDone/>
                                {match rsvp {
                                    None => view! {
                                        <p class="form-problem" role="alert">{RsvpProblem::LinkUnknown.text(locale)}</p>
                                        <p><a href=page>{t!(i18n, rsvp_back_to_event)}</a></p>
                                    }.into_any(),
                                    Some(r) if r.status == RsvpStatus::Pending => view! {
                                        <ConfirmForm slug token=token.get_untracked()/>
                                    }.into_any(),
                                    Some(r) if r.status == RsvpStatus::Cancelled => view! {
                                        <MyRsvpView rsvp=r/>
                                        <p><a href=page>{t!(i18n, rsvp_back_to_event)}</a></p>
                                    }.into_any(),
                                    Some(r) => view! {
                                        <MyRsvpView rsvp=r/>
                                        <CancelForm slug token=token.get_untracked()/>
                                    }.into_any(),
                                }}
                            </section>
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ConfirmForm(slug: String, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ConfirmRsvp>::new();
    let problem = shown_problem(action.value());
    view! {
        <p>{t!(i18n, rsvp_confirm_intro)}</p>
        <ActionForm action attr:class="account-form">
            <LocaleField/>
            <input type="hidden" name="slug" value=slug/>
            <input type="hidden" name="token" value=token/>
            <ProblemMessage problem/>
            <button type="submit" disabled=move || action.pending().get()>{t!(i18n, rsvp_confirm_submit)}</button>
        </ActionForm>
    }
}

#[component]
fn LinkDone() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let query = use_query_map();
    let text = move || {
        Some(match query.with(|q| q.get("done"))?.as_str() {
            "confirmed" => td_string!(locale, rsvp_done_link_confirmed),
            "cancelled" => td_string!(locale, rsvp_done_cancelled),
            _ => return None,
        })
    };
    view! { <div role="status">{move || text().map(|t| view! { <p class="done-notice">{t}</p> })}</div> }
}
