//! `/actions/{slug}`: the letter, petition or statement, whom it addresses, its figures (with
//! counts reported from elsewhere shown as such), the signing form and the named signers.
use super::api::{fetch_action, fetch_signers, signing};
use super::labels::{action_kind_label, action_status_label, count_signatures, signatories_label};
use super::sign_box::SignBox;
use super::signers::Signers;
use super::{ActionDetail, ActionKind, Figures, Signatories};
use crate::i18n::*;
use crate::locale::{code, join_list, language_autonym, localise_path};
use crate::ui::{count_countries, count_organisations, theme_label, ErrorMessage, LocalisedHead};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ActionPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    // After signing the address changes (`?signed=…`), and the figures load again.
    let signed = Memo::new(move |_| query.with(|q| q.get("signed")));
    let filter = Memo::new(move |_| {
        query.with(|q| (q.get("country").unwrap_or_default(), q.get("kind").unwrap_or_default(), q.get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1)))
    });
    let action = Resource::new(move || (slug.get(), i18n.get_locale(), signed.get()), |(slug, locale, _)| fetch_action(slug, code(locale).to_string()));
    let signers = Resource::new(
        move || (slug.get(), i18n.get_locale(), filter.get(), signed.get()),
        |(slug, locale, (country, kind, page), _)| fetch_signers(slug, code(locale).to_string(), country, kind, page),
    );
    let form = Resource::new(move || (slug.get(), i18n.get_locale()), |(slug, locale)| signing(slug, code(locale).to_string()));
    view! {
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                let form = form.await.unwrap_or_default();
                let signers = signers.await.ok();
                match action.await {
                    Ok(detail) => view! { <Action detail form signers/> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Action(detail: ActionDetail, form: super::api::SigningContext, signers: Option<super::SignerPage>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let card = detail.card.clone();
    let path = format!("/actions/{}", card.slug);
    let text_lang = card.fallback_language.clone();
    let statement = card.kind == ActionKind::Statement;
    let organisers = card.organisers.clone();
    let themes = card.themes.clone();
    let events = detail.events.clone();
    let description = if card.summary.is_empty() { td_string!(locale, actions_intro).to_string() } else { card.summary.clone() };
    let adopted = (!detail.adopted_by.is_empty() || !card.adopted_on.is_empty())
        .then(|| [detail.adopted_by.clone(), card.adopted_on.clone()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", "));
    view! {
        <LocalisedHead title=card.title.clone() description path/>
        <article class="action">
            <header class="profile-header">
                <p class="profile-kind">
                    <span class="tag">{action_kind_label(locale, card.kind)}</span>
                    {(!statement).then(|| view! { " " <span class="badge-status">{action_status_label(locale, card.status)}</span> })}
                </p>
                <h1 lang=text_lang.clone() dir="auto">{card.title.clone()}</h1>
                {(!card.summary.is_empty()).then(|| view! { <p class="lead" lang=text_lang.clone() dir="auto">{card.summary.clone()}</p> })}
            </header>
            {card.fallback_language.clone().map(|lang| {
                let language = language_autonym(&lang).unwrap_or("?").to_string();
                view! { <p class="fallback-note">{t!(i18n, fallback_note, language)}</p> }
            })}
            <div role="status">
                {move || use_query_map().with(|q| q.get("saved")).map(|_| view! { <p class="done-notice">{t!(i18n, action_saved)}</p> })}
            </div>
            {form.organiser.then(|| {
                let edit = localise_path(locale, &format!("/actions/{}/edit", card.slug));
                let signatures = localise_path(locale, &format!("/actions/{}/signatures", card.slug));
                view! {
                    <p class="organiser-tools">
                        <a href=edit>{t!(i18n, action_edit_link)}</a>
                        {(!statement).then(|| view! { " · " <a href=signatures>{t!(i18n, signatures_link)}</a> })}
                    </p>
                }
            })}
            <dl class="details">
                {(!organisers.is_empty()).then(|| view! {
                    <dt>{t!(i18n, action_organised_by)}</dt>
                    <dd>
                        <ul class="inline-list">
                            {organisers.into_iter().map(|o| {
                                let href = localise_path(locale, &format!("/organisations/{}", o.slug));
                                view! { <li><a href=href dir="auto">{o.name}</a></li> }
                            }).collect_view()}
                        </ul>
                    </dd>
                })}
                {(!detail.target.is_empty()).then(|| view! {
                    <dt>{t!(i18n, action_target)}</dt>
                    <dd lang=text_lang.clone() dir="auto">{detail.target.clone()}</dd>
                })}
                {adopted.map(|a| view! {
                    <dt>{t!(i18n, action_adopted)}</dt>
                    <dd lang=text_lang.clone() dir="auto">{a}</dd>
                })}
                {(!statement).then(|| view! {
                    <dt>{t!(i18n, action_who_signs)}</dt>
                    <dd>{signatories_label(locale, card.signatories)}</dd>
                })}
                {card.deadline.clone().map(|d| view! {
                    <dt>{t!(i18n, action_deadline)}</dt>
                    <dd><bdi>{d}</bdi></dd>
                })}
                {(!themes.is_empty()).then(|| view! {
                    <dt>{t!(i18n, profile_themes)}</dt>
                    <dd>{join_list(locale, &themes.iter().map(|t| theme_label(locale, *t).to_string()).collect::<Vec<_>>())}</dd>
                })}
            </dl>
            {(!statement).then(|| view! { <FiguresView figures=detail.figures.clone() signatories=card.signatories/> })}
            {(!detail.body_html.is_empty()).then(|| view! {
                <section aria-labelledby="text-heading">
                    <h2 id="text-heading">{t!(i18n, action_text_heading)}</h2>
                    <div class="prose" lang=text_lang.clone() dir="auto" inner_html=detail.body_html.clone()></div>
                </section>
            })}
            {(!statement).then(|| view! { <SignBox detail=detail.clone() form/> })}
            {(!statement).then(|| signers.map(|page| view! { <Signers slug=card.slug.clone() page/> }))}
            {(!events.is_empty()).then(|| view! {
                <section aria-labelledby="events-heading">
                    <h2 id="events-heading">{t!(i18n, action_related_events)}</h2>
                    <ul>
                        {events.into_iter().map(|(slug, title)| {
                            let href = localise_path(locale, &format!("/events/{slug}"));
                            view! { <li><a href=href dir="auto">{title}</a></li> }
                        }).collect_view()}
                    </ul>
                </section>
            })}
        </article>
    }
}

/// Signatures, organisations and countries; progress to the goal; counts reported elsewhere.
#[component]
fn FiguresView(figures: Figures, signatories: Signatories) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let progress = figures.progress(signatories);
    let goal = figures.goal.unwrap_or(0);
    let goal_text = if signatories == Signatories::Organisations { count_organisations(locale, goal) } else { count_signatures(locale, goal) };
    let reported = figures.reported.clone();
    view! {
        <section aria-labelledby="figures-heading" class="figures">
            <h2 id="figures-heading">{t!(i18n, action_figures_heading)}</h2>
            <ul class="figure-list">
                <li data-figure="signatures"><strong>{count_signatures(locale, figures.signatures)}</strong></li>
                <li data-figure="organisations"><strong>{count_organisations(locale, figures.organisations)}</strong></li>
                <li data-figure="countries"><strong>{count_countries(locale, figures.countries)}</strong></li>
            </ul>
            {progress.map(|percent| {
                let p = percent.to_string();
                view! {
                    <p>
                        <label for="goal-progress">{t!(i18n, action_progress, percent = p.clone(), goal = goal_text.clone())}</label>
                        <progress id="goal-progress" max="100" value=p>{format!("{percent}%")}</progress>
                    </p>
                }
            })}
            {(!reported.is_empty()).then(|| {
                let here = count_signatures(locale, figures.here);
                view! {
                    <p class="muted">{t!(i18n, action_signed_here, count = here)}</p>
                    <h3>{t!(i18n, action_reported_heading)}</h3>
                    <ul>
                        {reported.into_iter().map(|r| {
                            let source = (!r.source.is_empty() || !r.source_url.is_empty()).then(|| {
                                let name = if r.source.is_empty() { r.source_url.clone() } else { r.source.clone() };
                                let url = r.source_url.clone();
                                view! {
                                    " " <span class="muted">{t!(i18n, action_reported_source)} " "
                                    {if url.is_empty() { view! { <span dir="auto">{name}</span> }.into_any() } else { view! { <a href=url dir="auto" rel="noopener noreferrer">{name}</a> }.into_any() }}
                                    </span>
                                }
                            });
                            view! { <li><q lang=r.language dir="auto">{r.wording}</q> {source}</li> }
                        }).collect_view()}
                    </ul>
                }
            })}
        </section>
    }
}
