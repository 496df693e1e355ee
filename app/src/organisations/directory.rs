//! `/organisations`: search and filter the directory. The filters are a GET form, so every
//! filtered list is a link and works without JavaScript; with it, results follow the typing.
use super::api::{fetch_facets, search_organisations};
use super::{DirectoryFacets, DirectoryNotice, DirectoryQuery, DirectoryResults, OrganisationCardView, OrganisationKind, Theme};
use crate::i18n::*;
use crate::locale::{code, localise_path};
use crate::ui::{count_countries, count_organisations, kind_label, theme_label, ErrorMessage, LocalisedHead};
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

/// How long typing must pause before the results follow it.
const TYPING_PAUSE_MS: u64 = 300;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params.with(|p| DirectoryQuery {
            q: p.get("q"),
            country: p.get("country"),
            kind: p.get("kind"),
            theme: p.get("theme"),
            network: p.get("network"),
            page: p.get("page"),
        })
    });
    let results = Resource::new(
        move || (query.get(), i18n.get_locale()),
        |(query, locale)| search_organisations(query, code(locale).to_string()),
    );
    // Keyed on the language only: the form must not be rebuilt (and lose focus) while typing.
    let first_network = query.get_untracked().network;
    let facets = Resource::new(
        move || i18n.get_locale(),
        move |locale| fetch_facets(code(locale).to_string(), first_network.clone()),
    );
    view! {
        {move || view! {
            <LocalisedHead title=td_string!(i18n.get_locale(), directory_title) path="/organisations"/>
        }}
        <h1>{t!(i18n, directory_title)}</h1>
        <p class="lead">{t!(i18n, directory_intro)}</p>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                facets.await.map(|f| view! { <FilterForm query facets=f/> })
            })}
        </Transition>
        <section aria-labelledby="results-heading" class="results">
            <h2 id="results-heading" class="visually-hidden">{t!(i18n, results_label)}</h2>
            <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
                {move || Suspend::new(async move {
                    match results.await {
                        Ok(r) => view! { <ResultList query=query.get_untracked() results=r/> }.into_any(),
                        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn FilterForm(query: Memo<DirectoryQuery>, facets: DirectoryFacets) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let action = localise_path(locale, "/organisations");
    let clear_href = action.clone();
    let controls = NodeRef::<leptos::html::Div>::new();
    let pending = StoredValue::new(None::<TimeoutHandle>);
    // Typing pauses submit the form, which the router turns into a navigation: the address
    // stays a shareable link and the back button works.
    let on_input = move |_| {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                if let Some(form) = controls.get_untracked().and_then(|d| d.closest("form").ok().flatten()) {
                    use leptos::wasm_bindgen::JsCast;
                    if let Ok(form) = form.dyn_into::<web_sys::HtmlFormElement>() {
                        let _ = form.request_submit();
                    }
                }
            },
            std::time::Duration::from_millis(TYPING_PAUSE_MS),
        )
        .ok();
        pending.set_value(handle);
    };
    let current = move |f: fn(&DirectoryQuery) -> &Option<String>| {
        move || query.with(|q| f(q).clone().unwrap_or_default())
    };
    let q_value = current(|q| &q.q);
    let country = current(|q| &q.country);
    let kind = current(|q| &q.kind);
    let theme = current(|q| &q.theme);
    let network = current(|q| &q.network);
    let mut networks = facets.networks;
    if let Some(sel) = query.get_untracked().network.filter(|n| !networks.iter().any(|o| &o.value == n)) {
        networks.push(super::FacetOption { label: sel.clone(), value: sel, count: 0 });
    }

    view! {
        <Form method="get" action=action noscroll=true attr:class="filters" attr:role="search">
            <h2 class="visually-hidden">{t!(i18n, filters_label)}</h2>
            <div class="filter-grid" node_ref=controls on:input=on_input>
                <div class="field field-search">
                    <label for="f-q">{t!(i18n, search_label)}</label>
                    <input id="f-q" type="search" name="q" value=q_value maxlength="200"
                        aria-describedby="f-q-hint" autocomplete="off"/>
                    <p id="f-q-hint" class="hint">{t!(i18n, search_hint)}</p>
                </div>
                <div class="field">
                    <label for="f-country">{t!(i18n, filter_country)}</label>
                    <select id="f-country" name="country">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {facets.countries.into_iter().map(|o| {
                            let selected = { let v = o.value.clone(); move || country() == v };
                            view! { <option value=o.value selected=selected>{format!("{} ({})", o.label, o.count)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-kind">{t!(i18n, filter_kind)}</label>
                    <select id="f-kind" name="kind">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {OrganisationKind::ALL.iter().map(|k| {
                            let selected = move || kind() == k.code();
                            view! { <option value=k.code() selected=selected>{kind_label(locale, *k)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-theme">{t!(i18n, filter_theme)}</label>
                    <select id="f-theme" name="theme">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {Theme::ALL.iter().map(|th| {
                            let selected = move || theme() == th.code();
                            view! { <option value=th.code() selected=selected>{theme_label(locale, *th)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-network">{t!(i18n, filter_network)}</label>
                    <select id="f-network" name="network">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {networks.into_iter().map(|o| {
                            let selected = { let v = o.value.clone(); move || network() == v };
                            view! { <option value=o.value selected=selected dir="auto">{o.label}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="filter-actions">
                <button type="submit">{t!(i18n, filter_apply)}</button>
                {move || query.with(DirectoryQuery::has_filters).then(|| {
                    let href = clear_href.clone();
                    view! { <a href=href>{t!(i18n, filter_clear)}</a> }
                })}
            </div>
        </Form>
    }
}

#[component]
fn ResultList(query: DirectoryQuery, results: DirectoryResults) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let base = localise_path(locale, "/organisations");
    let organisations = count_organisations(locale, results.total);
    let countries = count_countries(locale, results.countries);
    let summary = td_string!(locale, summary_in, organisations, countries).to_string();
    let notices = results.notices.clone();
    let empty = results.organisations.is_empty();
    let past_end = empty && results.total > 0;
    let has_filters = query.has_filters();
    let first_page = format!("{base}{}", query.with_page(1));
    let clear = base.clone();

    view! {
        <div class="notices" role="status">
            {notices.into_iter().map(|n| view! { <p class="notice">{notice_text(locale, n)}</p> }).collect_view()}
            <p class="summary">{summary}</p>
        </div>
        {if past_end {
            view! {
                <p class="empty">{t!(i18n, results_past_end)} " "
                    <a href=first_page>{t!(i18n, results_first_page)}</a></p>
            }.into_any()
        } else if empty {
            view! {
                <p class="empty">{t!(i18n, results_none)}
                    {has_filters.then(|| view! { " " <a href=clear>{t!(i18n, filter_clear)}</a> })}
                </p>
            }.into_any()
        } else {
            view! {
                <ul class="card-list">
                    {results.organisations.into_iter()
                        .map(|card| view! { <li><OrganisationCardView card/></li> })
                        .collect_view()}
                </ul>
                <Pagination base query page=results.page pages=results.pages/>
            }.into_any()
        }}
    }
}

#[component]
fn Pagination(base: String, query: DirectoryQuery, page: u32, pages: u32) -> impl IntoView {
    let i18n = use_i18n();
    if pages <= 1 {
        return ().into_any();
    }
    let link = move |n: u32| format!("{base}{}", query.with_page(n));
    let previous = (page > 1).then(|| link(page - 1));
    let next = (page < pages).then(|| link(page + 1));
    view! {
        <nav class="pagination" aria-label=move || td_string!(i18n.get_locale(), pagination_label)>
            {previous.map(|href| view! { <a rel="prev" href=href>{t!(i18n, page_previous)}</a> })}
            <span aria-current="page">{t!(i18n, page_of, page, pages)}</span>
            {next.map(|href| view! { <a rel="next" href=href>{t!(i18n, page_next)}</a> })}
        </nav>
    }
    .into_any()
}

fn notice_text(locale: Locale, notice: DirectoryNotice) -> String {
    match notice {
        DirectoryNotice::BadPage(value) => td_string!(locale, notice_bad_page, value).to_string(),
        DirectoryNotice::UnknownCountry(value) => td_string!(locale, notice_unknown_country, value).to_string(),
        DirectoryNotice::UnknownKind(value) => td_string!(locale, notice_unknown_kind, value).to_string(),
        DirectoryNotice::UnknownTheme(value) => td_string!(locale, notice_unknown_theme, value).to_string(),
        DirectoryNotice::UnknownNetwork(value) => td_string!(locale, notice_unknown_network, value).to_string(),
        DirectoryNotice::QueryShortened => td_string!(locale, notice_query_shortened).to_string(),
    }
}
