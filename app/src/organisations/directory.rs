//! `/organisations`: search and filter the directory. The filters are a GET form, so every
//! filtered list is a link and works without JavaScript. With it, the results are an island:
//! they follow the typing, and the address follows them (still a link; back and forward work).
use super::api::{fetch_facets, search_organisations};
use super::filter_options::{self, Label};
use super::{DirectoryFacets, DirectoryQuery, DirectoryResults, FacetOption, OrganisationCardView, OrganisationKind, Theme};
use crate::i18n::*;
use crate::locale::{code, localise_path};
use crate::ui::{directory_summary, kind_label, theme_label, ErrorMessage, IslandLoader, LocalisedHead};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// How long typing must pause before the results follow it.
#[cfg(feature = "hydrate")]
const TYPING_PAUSE_MS: u64 = 300;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| DirectoryQuery::from_fields(|name| p.get(name))));
    let results = Resource::new(
        move || (query.get(), i18n.get_locale()),
        |(query, locale)| search_organisations(query, code(locale).to_string()),
    );
    let facets = Resource::new(
        move || (query.with(|q| q.network.clone()), i18n.get_locale()),
        |(network, locale)| fetch_facets(code(locale).to_string(), network),
    );
    view! {
        {move || view! {
            <LocalisedHead title=td_string!(i18n.get_locale(), directory_title) description=td_string!(i18n.get_locale(), directory_intro) path="/organisations"/>
        }}
        <h1>{t!(i18n, directory_title)}</h1>
        <p class="lead">{t!(i18n, directory_intro)}</p>
        <Suspense fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                let locale = i18n.get_locale_untracked();
                let query = query.get_untracked();
                match (facets.await, results.await) {
                    (Ok(facets), Ok(results)) => view! {
                        <FilterForm locale query=query.clone() facets/>
                        <DirectoryLive locale>
                            <ResultList locale query results/>
                        </DirectoryLive>
                        <IslandLoader/>
                    }.into_any(),
                    (Err(e), _) | (_, Err(e)) => view! { <ErrorMessage error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The filter form, rendered on the server only: the island below it listens to its events.
#[component]
fn FilterForm(locale: Locale, query: DirectoryQuery, facets: DirectoryFacets) -> impl IntoView {
    let action = localise_path(locale, "/organisations");
    let current = |value: &Option<String>| value.clone().unwrap_or_default();
    let (country, kind, theme, network) =
        (current(&query.country), current(&query.kind), current(&query.theme), current(&query.network));
    // Hundreds of options (every country, every network): HTML written once per list.
    let any = td_string!(locale, filter_any);
    let country_options = filter_options::options(locale, any, &facets.countries, Label::WithCount, &country);
    let network_options = if network.is_empty() || facets.networks.iter().any(|o| o.value == network) {
        filter_options::options(locale, any, &facets.networks, Label::Name, &network)
    } else {
        // A network named in the address but not known is still shown as chosen.
        let unknown = FacetOption { label: network.clone(), value: network, count: 0 };
        filter_options::options_with(locale, any, &facets.networks, Label::Name, &unknown)
    };

    view! {
        <form method="get" action=action class="filters" role="search">
            <h2 class="visually-hidden">{td_string!(locale, filters_label)}</h2>
            <div class="filter-grid">
                <div class="field field-search">
                    <label for="f-q">{td_string!(locale, search_label)}</label>
                    <input id="f-q" type="search" name="q" value=current(&query.q) maxlength="200"
                        aria-describedby="f-q-hint" autocomplete="off"/>
                    <p id="f-q-hint" class="hint">{td_string!(locale, search_hint)}</p>
                </div>
                <div class="field">
                    <label for="f-country">{td_string!(locale, filter_country)}</label>
                    <select id="f-country" name="country" inner_html=country_options></select>
                </div>
                <div class="field">
                    <label for="f-kind">{td_string!(locale, filter_kind)}</label>
                    <select id="f-kind" name="kind">
                        <option value="">{td_string!(locale, filter_any)}</option>
                        {OrganisationKind::ALL.iter().map(|k| {
                            view! { <option value=k.code() selected=kind == k.code()>{kind_label(locale, *k)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-theme">{td_string!(locale, filter_theme)}</label>
                    <select id="f-theme" name="theme">
                        <option value="">{td_string!(locale, filter_any)}</option>
                        {Theme::ALL.iter().map(|th| {
                            view! { <option value=th.code() selected=theme == th.code()>{theme_label(locale, *th)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-network">{td_string!(locale, filter_network)}</label>
                    <select id="f-network" name="network" inner_html=network_options></select>
                </div>
            </div>
            // "Clear filters" is with the results, which the island keeps in step with the form.
            <div class="filter-actions">
                <button type="submit">{td_string!(locale, filter_apply)}</button>
            </div>
        </form>
    }
}

/// The results, and what makes them follow the filter form: the only part of the page that
/// runs in the browser. The first results come from the server as `children`, so they are not
/// sent a second time as the island's data; the form above is plain server-rendered HTML, whose
/// events the island hears at the window (so its options never ship as wasm either).
#[island]
fn DirectoryLive(locale: Locale, children: Children) -> impl IntoView {
    // None until the reader changes the filters: until then the server's results stay.
    let live = RwSignal::new(None::<(DirectoryQuery, DirectoryResults)>);
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    follow_the_form(locale, live, busy, failed);
    // The island's children are the server's: its view cannot replace them, so once live
    // results are shown the first ones are removed by hand.
    let first = NodeRef::<leptos::html::Div>::new();
    Effect::new(move || {
        if live.with(Option::is_some) {
            if let Some(first) = first.get() {
                first.set_inner_html("");
            }
        }
    });
    view! {
        <section aria-labelledby="results-heading" class="results" aria-busy=move || busy.get().then_some("true")>
            <h2 id="results-heading" class="visually-hidden">{td_string!(locale, results_label)}</h2>
            {move || failed.get().then(|| view! { <p class="form-problem" role="alert">{td_string!(locale, error_body)}</p> })}
            <div class="first-results" node_ref=first>{children()}</div>
            {move || live.get().map(|(query, results)| view! { <ResultList locale query results/> })}
        </section>
    }
}

/// Typing (after a pause), a choice or a submit in the filter form, and back and forward, each
/// bring the results of the form's query. Listened for at the window, where the form's events
/// bubble to: the form is not part of the island.
#[cfg(feature = "hydrate")]
fn follow_the_form(
    locale: Locale,
    live: RwSignal<Option<(DirectoryQuery, DirectoryResults)>>,
    busy: RwSignal<bool>,
    failed: RwSignal<bool>,
) {
    let latest = StoredValue::new(0_u32);
    let pending = StoredValue::new(None::<TimeoutHandle>);

    // Asks for the results of `query`; an answer overtaken by a newer question is dropped.
    let load = move |query: DirectoryQuery| {
        let ticket = latest.get_value().wrapping_add(1);
        latest.set_value(ticket);
        busy.set(true);
        leptos::task::spawn_local(async move {
            let answer = search_organisations(query.clone(), code(locale).to_string()).await;
            if latest.get_value() != ticket {
                return;
            }
            busy.set(false);
            failed.set(answer.is_err());
            if let Ok(results) = answer {
                live.set(Some((query, results)));
            }
        });
    };
    let cancel_pending = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
    };
    // The form's current values become the address (a new history entry) and the results.
    let follow = move |form: web_sys::HtmlFormElement| {
        cancel_pending();
        let query = browser::query_of_form(&form);
        browser::push_address(locale, &query);
        load(query);
    };
    let typing = window_event_listener(leptos::ev::input, move |ev| {
        let Some(form) = browser::filter_form_of(&ev) else { return };
        cancel_pending();
        let handle = set_timeout_with_handle(move || follow(form), std::time::Duration::from_millis(TYPING_PAUSE_MS)).ok();
        pending.set_value(handle);
    });
    let submitting = window_event_listener(leptos::ev::submit, move |ev| {
        // Only the filter form: the language switcher and the header's forms post as usual.
        let Some(form) = browser::filter_form_of(&ev) else { return };
        ev.prevent_default();
        follow(form);
    });
    // Back and forward: the address is the truth; the form and the results follow it.
    let history = window_event_listener(leptos::ev::popstate, move |_| {
        let query = browser::query_of_address();
        browser::fill_form(&query);
        browser::point_language_switcher(&query);
        load(query);
    });
    on_cleanup(move || {
        typing.remove();
        submitting.remove();
        history.remove();
    });
}

#[component]
fn ResultList(locale: Locale, query: DirectoryQuery, results: DirectoryResults) -> impl IntoView {
    let base = localise_path(locale, "/organisations");
    let summary = directory_summary(locale, results.total, results.countries);
    let empty = results.organisations.is_empty();
    let past_end = empty && results.total > 0;
    let first_page = format!("{base}{}", query.with_page(1));
    let clear = (query.has_filters()).then(|| base.clone());

    view! {
        <div class="notices" role="status">
            {results.notices.into_iter().map(|n| view! { <p class="notice">{n.message(locale)}</p> }).collect_view()}
            <p class="summary">{summary}</p>
        </div>
        // The empty list offers it in its own sentence.
        {clear.clone().filter(|_| !empty).map(|href| view! {
            <p class="clear-filters"><a href=href>{td_string!(locale, filter_clear)}</a></p>
        })}
        {if past_end {
            view! {
                <p class="empty">{td_string!(locale, results_past_end)} " "
                    <a href=first_page>{td_string!(locale, results_first_page)}</a></p>
            }.into_any()
        } else if empty {
            view! {
                <p class="empty">{td_string!(locale, results_none)}
                    {clear.map(|href| view! { " " <a href=href>{td_string!(locale, filter_clear)}</a> })}
                </p>
            }.into_any()
        } else {
            view! {
                <ul class="card-list">
                    {results.organisations.into_iter()
                        .map(|card| view! { <li><OrganisationCardView card locale/></li> })
                        .collect_view()}
                </ul>
                <Pagination locale base query page=results.page pages=results.pages/>
            }.into_any()
        }}
    }
}

#[component]
fn Pagination(locale: Locale, base: String, query: DirectoryQuery, page: u32, pages: u32) -> impl IntoView {
    if pages <= 1 {
        return ().into_any();
    }
    let link = move |n: u32| format!("{base}{}", query.with_page(n));
    let previous = (page > 1).then(|| link(page - 1));
    let next = (page < pages).then(|| link(page + 1));
    view! {
        <nav class="pagination" aria-label=td_string!(locale, pagination_label)>
            {previous.map(|href| view! { <a rel="prev" href=href>{td_string!(locale, page_previous)}</a> })}
            <span aria-current="page">{td_string!(locale, page_of, page, pages)}</span>
            {next.map(|href| view! { <a rel="next" href=href>{td_string!(locale, page_next)}</a> })}
        </nav>
    }
    .into_any()
}

/// What the island reads from and writes to the page around it, in the browser.
#[cfg(feature = "hydrate")]
mod browser {
    use super::DirectoryQuery;
    use crate::i18n::Locale;
    use crate::locale::localise_path;
    use leptos::wasm_bindgen::JsCast;
    use web_sys::{HtmlFormElement, HtmlInputElement};

    /// The filter form, if the event came from it.
    pub fn filter_form_of(ev: &web_sys::Event) -> Option<HtmlFormElement> {
        let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
        target.closest("form.filters").ok().flatten()?.dyn_into().ok()
    }

    pub fn query_of_form(form: &HtmlFormElement) -> DirectoryQuery {
        let data = web_sys::FormData::new_with_form(form).ok();
        DirectoryQuery::from_fields(|name| data.as_ref().and_then(|d| d.get(name).as_string()))
    }

    pub fn query_of_address() -> DirectoryQuery {
        let search = leptos::prelude::window().location().search().unwrap_or_default();
        let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
        DirectoryQuery::from_fields(|name| params.as_ref().and_then(|p| p.get(name)))
    }

    pub fn push_address(locale: Locale, query: &DirectoryQuery) {
        let address = format!("{}{}", localise_path(locale, "/organisations"), query.with_page(1));
        if let Ok(history) = leptos::prelude::window().history() {
            let _ = history.push_state_with_url(&leptos::wasm_bindgen::JsValue::NULL, "", Some(&address));
        }
        point_language_switcher(query);
    }

    /// The language switcher returns to the page it was given; after a live search that is the
    /// searched list, not the one first loaded.
    pub fn point_language_switcher(query: &DirectoryQuery) {
        let next = format!("/organisations{}", query.with_page(1));
        if let Some(input) = select(".language-switcher input[name=next]").and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) {
            input.set_value(&next);
        }
    }

    pub fn fill_form(query: &DirectoryQuery) {
        for (name, value) in query.filters() {
            let value = value.as_deref().unwrap_or_default();
            match select(&format!("form.filters [name={name}]")) {
                Some(e) if e.is_instance_of::<HtmlInputElement>() => e.unchecked_into::<HtmlInputElement>().set_value(value),
                Some(e) if e.is_instance_of::<web_sys::HtmlSelectElement>() => e.unchecked_into::<web_sys::HtmlSelectElement>().set_value(value),
                _ => {}
            }
        }
    }

    fn select(selector: &str) -> Option<web_sys::Element> {
        leptos::prelude::document().query_selector(selector).ok().flatten()
    }
}
