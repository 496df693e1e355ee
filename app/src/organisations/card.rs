//! An organisation as one entry of a list.
use super::OrganisationCard;
use crate::i18n::*;
use crate::locale::{language_autonym, localise_path};
use crate::ui::kind_label;
use leptos::prelude::*;

#[component]
pub fn OrganisationCardView(card: OrganisationCard) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
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
                " "
                <bdi>{place}</bdi>
                {card.verified.then(|| view! {
                    " " <span class="badge-verified">{t!(i18n, verified)}</span>
                })}
            </p>
            <p class="card-excerpt" lang=text_lang dir="auto">{card.excerpt}</p>
            {card.fallback_language.map(|lang| {
                let language = language_autonym(&lang).unwrap_or("?").to_string();
                view! { <p class="fallback-note">{t!(i18n, fallback_note, language)}</p> }
            })}
        </article>
    }
}
