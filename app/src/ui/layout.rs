//! The frame of every page: skip link, header with navigation and language switcher, footer.
use crate::accounts::AccountMenu;
use crate::i18n::*;
use crate::locale::{self, localise_path, strip_locale_prefix};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_location;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let home = move || localise_path(i18n.get_locale(), "/");
    let directory = move || localise_path(i18n.get_locale(), "/organisations");
    let events = move || localise_path(i18n.get_locale(), "/events");
    let actions = move || localise_path(i18n.get_locale(), "/actions");
    view! {
        <a class="skip-link" href="#main">{t!(i18n, skip_to_content)}</a>
        <header class="site-header">
            <div class="wrap header-row">
                <a class="brand" href=home>
                    <span class="brand-name">{t!(i18n, site_name)}</span>
                    <span class="brand-tagline">{t!(i18n, site_tagline)}</span>
                </a>
                <nav aria-label=move || td_string!(i18n.get_locale(), nav_label)>
                    <ul class="nav-list">
                        <li><a href=home>{t!(i18n, nav_home)}</a></li>
                        <li><a href=directory>{t!(i18n, nav_organisations)}</a></li>
                        <li><a href=events>{t!(i18n, nav_events)}</a></li>
                        <li><a href=actions>{t!(i18n, nav_actions)}</a></li>
                    </ul>
                </nav>
                <AccountMenu/>
                <LanguageSwitcher/>
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <div class="wrap"><p>{t!(i18n, footer_text)}</p></div>
        </footer>
    }
}

/// A form, not links: choosing a language is remembered (a cookie set by `POST /language`),
/// so that the English address is not sent back to Arabic by an earlier choice. It works
/// without JavaScript and returns to the same page and query in the new language.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let next = move || {
        let path = location.pathname.get();
        let search = location.search.get();
        let bare = strip_locale_prefix(&path).to_string();
        if search.is_empty() { bare } else { format!("{bare}?{}", search.trim_start_matches('?')) }
    };
    view! {
        <form class="language-switcher" method="post" action="/language">
            <fieldset>
                <legend class="visually-hidden">{t!(i18n, language_label)}</legend>
                <input type="hidden" name="next" value=next/>
                {locale::ALL
                    .into_iter()
                    .map(|l| {
                        let current = move || i18n.get_locale() == l;
                        view! {
                            <button
                                type="submit"
                                name="locale"
                                value=locale::code(l)
                                lang=locale::code(l)
                                aria-current=move || current().then_some("true")
                            >
                                {locale::autonym(l)}
                            </button>
                        }
                    })
                    .collect_view()}
            </fieldset>
        </form>
    }
}

/// What a page says of itself in `<head>`: title, description, its address in every language,
/// and the Open Graph tags that messengers read for a shared link's preview (no image: nothing
/// may come from elsewhere, and the site has none of its own yet). `path` is the page's address
/// without language prefix or query (`/organisations/ccivs`); addresses start with the configured
/// public URL, as search engines and messengers need them whole. `private` pages (an account,
/// a registration, an attendee list) ask search engines not to list them, and no cache to
/// keep them (`Cache-Control: no-store`).
///
/// Plain strings on purpose: leptos_meta reads the title after the page has rendered, when a
/// signal created by a pass that Leptos redid (under load, resources resolve later) may already
/// be disposed, which panics. A string cannot be.
#[allow(clippy::needless_pass_by_value)] // a component owns its props
#[component]
pub fn LocalisedHead(
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    #[prop(into)] path: String,
    #[prop(optional)] private: bool,
) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let site_name = td_string!(locale, site_name);
    // leptos_meta writes the title's text into `<title>` as it is, unescaped: a name or an
    // event title with `</title>` in it would otherwise end the element and write the page.
    let full_title = super::html::escape(&format!("{title} · {site_name}"));
    let description = super::excerpt(&description, DESCRIPTION_CHARS);
    // A private page shows someone's own data (or a form for it): no cache between them and
    // us may keep it, and neither may ours (server::page_cache reads this header).
    #[cfg(feature = "ssr")]
    if private {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.insert_header(http::header::CACHE_CONTROL, http::HeaderValue::from_static("no-store"));
        }
    }
    let site = site_url();
    let url = move |l: Locale| format!("{site}{}", localise_path(l, &path));
    view! {
        <Title text=full_title/>
        <Meta name="description" content=description.clone()/>
        {private.then(|| view! { <Meta name="robots" content="noindex"/> })}
        <Link rel="canonical" href=url(locale)/>
        {locale::ALL
            .into_iter()
            .map(|l| view! { <Link rel="alternate" hreflang=locale::code(l) href=url(l)/> })
            .collect_view()}
        <Link rel="alternate" hreflang="x-default" href=url(Locale::en)/>
        <Meta property="og:type" content="website"/>
        <Meta property="og:site_name" content=site_name/>
        <Meta property="og:title" content=title/>
        <Meta property="og:description" content=description/>
        <Meta property="og:url" content=url(locale)/>
        <Meta property="og:locale" content=open_graph_locale(locale)/>
        {locale::ALL
            .into_iter()
            .filter(|l| *l != locale)
            .map(|l| view! { <Meta property="og:locale:alternate" content=open_graph_locale(l)/> })
            .collect_view()}
    }
}

/// Search engines show about this many characters of a description.
const DESCRIPTION_CHARS: usize = 160;

/// Open Graph names a locale with a territory; the site's English is British.
fn open_graph_locale(locale: Locale) -> &'static str {
    match locale {
        Locale::en => "en_GB",
        Locale::ar => "ar_AR",
        Locale::fr => "fr_FR",
        Locale::es => "es_ES",
    }
}

/// The configured public URL (`TADAMUN_PUBLIC_URL`), never the request's `Host`. Heads are
/// only rendered on the server.
fn site_url() -> std::sync::Arc<str> {
    #[cfg(feature = "ssr")]
    if let Some(state) = use_context::<crate::state::AppState>() {
        return state.public_url;
    }
    std::sync::Arc::from("")
}
