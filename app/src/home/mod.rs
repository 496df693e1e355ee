//! `/`: what the network is, its size, and where to start.
use crate::i18n::*;
use crate::locale::{code, localise_path};
use crate::organisations::api::fetch_overview;
use crate::organisations::{DirectoryOverview, OrganisationCardView};
use crate::ui::{directory_summary, ErrorMessage, LocalisedHead};
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let overview = Resource::new(move || i18n.get_locale(), |l| fetch_overview(code(l).to_string()));
    view! {
        {move || view! { <LocalisedHead title=td_string!(i18n.get_locale(), home_title) description=td_string!(i18n.get_locale(), home_intro) path="/"/> }}
        <crate::accounts::DoneNotice/>
        <section class="hero">
            <h1>{t!(i18n, home_title)}</h1>
            <p class="lead">{t!(i18n, home_intro)}</p>
        </section>
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(o) => view! { <Overview overview=o/> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Overview(overview: DirectoryOverview) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let summary = directory_summary(locale, overview.organisations, overview.countries);
    let directory = localise_path(locale, "/organisations");
    view! {
        <p class="summary big-number">{summary}</p>
        <p><a class="button" href=directory>{t!(i18n, home_browse)}</a></p>
        {(!overview.featured.is_empty()).then(|| view! {
            <section aria-labelledby="featured-heading">
                <h2 id="featured-heading">{t!(i18n, home_featured)}</h2>
                <ul class="card-list card-grid">
                    {overview.featured.into_iter().map(|card| view! { <li><OrganisationCardView card locale/></li> }).collect_view()}
                </ul>
            </section>
        })}
        {(!overview.networks.is_empty()).then(|| view! {
            <section aria-labelledby="networks-heading">
                <h2 id="networks-heading">{t!(i18n, home_networks)}</h2>
                <ul class="card-list card-grid">
                    {overview.networks.into_iter().map(|card| view! { <li><OrganisationCardView card locale/></li> }).collect_view()}
                </ul>
            </section>
        })}
    }
}
