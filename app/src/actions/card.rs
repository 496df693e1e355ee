//! An action as one entry of a list.
use super::labels::{action_kind_label, action_status_label, signatories_label};
use super::{ActionCard, ActionKind};
use crate::i18n::*;
use crate::locale::{join_list, language_autonym, localise_path};
use leptos::prelude::*;

#[component]
pub fn ActionCardView(card: ActionCard) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let href = localise_path(locale, &format!("/actions/{}", card.slug));
    let text_lang = card.fallback_language.clone();
    let organisers: Vec<String> = card.organisers.iter().map(|o| o.name.clone()).collect();
    let statement = card.kind == ActionKind::Statement;
    view! {
        <article class="card action-card">
            <h3 class="card-title">
                <a href=href lang=text_lang.clone() dir="auto">{card.title}</a>
            </h3>
            <p class="card-meta">
                <span class="tag">{action_kind_label(locale, card.kind)}</span>
                {(!statement).then(|| view! {
                    " " <span class="badge-status">{action_status_label(locale, card.status)}</span>
                    " " <span>{signatories_label(locale, card.signatories)}</span>
                })}
                {card.deadline.map(|d| view! { " · " <span>{t!(i18n, action_deadline)} " " <bdi>{d}</bdi></span> })}
                {(statement && !card.adopted_on.is_empty()).then(|| view! {
                    " · " <span>{t!(i18n, action_adopted_on)} " " <bdi>{card.adopted_on.clone()}</bdi></span>
                })}
            </p>
            {(!organisers.is_empty()).then(|| view! {
                <p class="card-organisers"><span class="muted">{t!(i18n, action_organised_by)}</span> " "
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
