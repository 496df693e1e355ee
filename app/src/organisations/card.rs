//! An organisation as one entry of a list. Rendered inside the directory's island too, so it
//! takes the language as a prop (no i18n context in the browser) and uses `td_string!`.
use super::OrganisationCard;
use crate::i18n::*;
use crate::locale::{language_autonym, localise_path};
use crate::ui::kind_label;
use leptos::prelude::*;

#[component]
pub fn OrganisationCardView(card: OrganisationCard, locale: Locale) -> impl IntoView {
    let href = localise_path(locale, &format!("/organisations/{}", card.slug));
    let place = super::place(locale, &card.city, &card.country_name);
    // Text not in the reader's language is marked with its own, for screen readers.
    let text_lang = card.fallback_language.clone();
    view! {
        <article class="card">
            <h3 class="card-title">
                <a href=href lang=text_lang.clone() dir="auto">{card.name}</a>
            </h3>
            <p class="card-meta">
                <span class="tag">{kind_label(locale, card.kind)}</span>
                {(!place.is_empty()).then(|| view! { " " <bdi>{place}</bdi> })}
                {card.verified.then(|| view! {
                    " " <span class="badge-verified">{td_string!(locale, verified)}</span>
                })}
            </p>
            <p class="card-excerpt" lang=text_lang dir="auto">{card.excerpt}</p>
            {card.fallback_language.map(|lang| {
                let language = language_autonym(&lang).unwrap_or("?").to_string();
                view! { <p class="fallback-note">{td_string!(locale, fallback_note, language)}</p> }
            })}
        </article>
    }
}
