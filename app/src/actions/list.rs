//! `/actions`: the networks' letters, petitions and statements, open ones first, narrowed by
//! kind, organiser, theme and language, a page at a time. The filters are a GET form: every
//! filtered list is a link, works without JavaScript, and has its Atom feed.
use super::api::list_actions;
use super::labels::action_kind_label;
use super::{ActionCardView, ActionKind, ActionResults, ActionsFilter, ActionsQuery};
use crate::i18n::*;
use crate::locale::{code, language_autonym, localise_path};
use crate::organisations::Theme;
use crate::ui::{theme_label, ErrorMessage, LocalisedHead};
use leptos::prelude::*;
use leptos_meta::Link;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

/// The languages the language filter offers.
const LANGUAGES: [&str; 4] = ["en", "ar", "fr", "es"];

#[component]
pub fn ActionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params.with(|p| ActionsQuery { kind: p.get("kind"), organiser: p.get("organiser"), theme: p.get("theme"), language: p.get("language"), page: p.get("page") })
    });
    let results = Resource::new(move || (query.get(), i18n.get_locale()), |(query, locale)| list_actions(query, code(locale).to_string()));
    // The feed of this very list, in the reader's language, announced to feed readers.
    let feed = move || format!("{}{}", localise_path(i18n.get_locale(), "/actions.atom"), query.with(|q| q.validate().link(1)));
    view! {
        {move || view! { <LocalisedHead title=td_string!(i18n.get_locale(), actions_title) description=td_string!(i18n.get_locale(), actions_intro) path="/actions"/> }}
        {move || view! { <Link rel="alternate" type_="application/atom+xml" title=td_string!(i18n.get_locale(), actions_feed) href=feed()/> }}
        <h1>{t!(i18n, actions_title)}</h1>
        <p class="lead">{t!(i18n, actions_intro)}</p>
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                match results.await {
                    Ok(r) => view! {
                        {r.can_create.then(|| view! {
                            <p><a class="button" href=localise_path(i18n.get_locale_untracked(), "/actions/new")>{t!(i18n, actions_add)}</a></p>
                        })}
                        <FilterForm filter=query.get_untracked().validate() results=r.clone()/>
                        <section aria-labelledby="actions-results-heading" class="results">
                            <h2 id="actions-results-heading" class="visually-hidden">{t!(i18n, results_label)}</h2>
                            <Results filter=query.get_untracked().validate() results=r/>
                        </section>
                    }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                }
            })}
        </Transition>
        <p class="feed-link"><a href=feed type="application/atom+xml">{t!(i18n, actions_feed)}</a></p>
    }
}

#[allow(clippy::needless_pass_by_value)] // a component owns its props
#[component]
fn FilterForm(filter: ActionsFilter, results: ActionResults) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let action = localise_path(locale, "/actions");
    let organiser = filter.organiser.clone().unwrap_or_default();
    let language = filter.language.clone().unwrap_or_default();
    view! {
        <Form method="get" action=action.clone() noscroll=true attr:class="filters" attr:role="search">
            <h2 class="visually-hidden">{t!(i18n, filters_label)}</h2>
            <div class="filter-grid">
                <div class="field">
                    <label for="a-kind">{t!(i18n, filter_kind)}</label>
                    <select id="a-kind" name="kind">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {ActionKind::ALL.iter().map(|k| view! {
                            <option value=k.code() selected=filter.kind == Some(*k)>{action_kind_label(locale, *k)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="a-organiser">{t!(i18n, filter_organiser)}</label>
                    <select id="a-organiser" name="organiser">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {results.organisers.iter().map(|o| view! {
                            <option value=o.slug.clone() selected=organiser == o.slug dir="auto">{o.name.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="a-theme">{t!(i18n, filter_theme)}</label>
                    <select id="a-theme" name="theme">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {Theme::ALL.iter().map(|th| view! {
                            <option value=th.code() selected=filter.theme == Some(*th)>{theme_label(locale, *th)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="a-language">{t!(i18n, filter_language)}</label>
                    <select id="a-language" name="language">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {LANGUAGES.iter().map(|l| view! {
                            <option value=*l selected=language == *l>{language_autonym(l).unwrap_or(l)}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="filter-actions">
                <button type="submit">{t!(i18n, filter_apply)}</button>
                {filter.has_filters().then(|| view! { <a href=action.clone()>{t!(i18n, filter_clear)}</a> })}
            </div>
        </Form>
    }
}

#[allow(clippy::needless_pass_by_value)] // a component owns its props
#[component]
fn Results(filter: ActionsFilter, results: ActionResults) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    if results.actions.is_empty() {
        return view! { <p class="empty">{t!(i18n, actions_empty)}</p> }.into_any();
    }
    let base = localise_path(locale, "/actions");
    let link = move |n: u32| format!("{base}{}", filter.link(n));
    let (page, pages) = (results.page, results.pages);
    let previous = (page > 1).then(|| link(page - 1));
    let next = (page < pages).then(|| link(page + 1));
    view! {
        <ul class="card-list">
            {results.actions.into_iter().map(|card| view! { <li><ActionCardView card/></li> }).collect_view()}
        </ul>
        {(pages > 1).then(|| view! {
            <nav class="pagination" aria-label=td_string!(locale, pagination_label)>
                {previous.map(|href| view! { <a rel="prev" href=href>{t!(i18n, page_previous)}</a> })}
                <span aria-current="page">{t!(i18n, page_of, page, pages)}</span>
                {next.map(|href| view! { <a rel="next" href=href>{t!(i18n, page_next)}</a> })}
            </nav>
        })}
    }
    .into_any()
}
