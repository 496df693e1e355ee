//! An event as one entry of a list.
use super::labels::{event_kind_label, format_label, status_label};
use super::EventCard;
use crate::i18n::*;
use crate::locale::{join_list, language_autonym, localise_path};
use leptos::prelude::*;

#[component]
pub fn EventCardView(card: EventCard) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let href = localise_path(locale, &format!("/events/{}", card.slug));
    let text_lang = card.fallback_language.clone();
    let organisers: Vec<String> = card.organisers.iter().map(|o| o.name.clone()).collect();
    let languages: Vec<String> =
        card.languages.iter().map(|l| language_autonym(l).map(str::to_string).unwrap_or_else(|| l.clone())).collect();
    let status = status_label(locale, card.status);
    let place = if card.place.is_empty() { format_label(locale, card.format).to_string() } else { card.place.clone() };
    view! {
        <article class="card event-card">
            <p class="card-when">
                <time datetime=card.when.start_iso.clone()>{card.when.text.clone()}</time>
                " " <span class="muted"><bdi>{card.when.zone.clone()}</bdi></span>
            </p>
            <h3 class="card-title">
                <a href=href lang=text_lang.clone() dir="auto">{card.title}</a>
            </h3>
            <p class="card-meta">
                <span class="tag">{event_kind_label(locale, card.kind)}</span>
                {status.map(|s| view! { " " <span class="badge-status">{s}</span> })}
                " " <bdi>{place}</bdi>
                {(!languages.is_empty()).then(|| view! { " · " <span>{join_list(locale, &languages)}</span> })}
            </p>
            {(!organisers.is_empty()).then(|| view! {
                <p class="card-organisers"><span class="muted">{t!(i18n, event_organised_by)}</span> " "
                    <bdi>{join_list(locale, &organisers)}</bdi></p>
            })}
            <p class="card-excerpt" lang=text_lang dir="auto">{card.summary}</p>
            {card.fallback_language.map(|lang| {
                let language = language_autonym(&lang).unwrap_or("?").to_string();
                view! { <p class="fallback-note">{t!(i18n, fallback_note, language)}</p> }
            })}
        </article>
    }
}
