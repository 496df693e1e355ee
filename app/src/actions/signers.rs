//! The public list of signers on an action's page: only those who agreed to be named, narrowed
//! by country and kind, a page at a time. The filter is a GET form and the pages are links.
use super::labels::signatory_kind_label;
use super::{SignatoryKind, SignerPage};
use crate::i18n::*;
use crate::locale::localise_path;
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

#[allow(clippy::needless_pass_by_value)] // a component owns its props
#[component]
pub fn Signers(slug: String, page: SignerPage) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let query = use_query_map();
    let (country, kind) = query.with_untracked(|q| (q.get("country").unwrap_or_default(), q.get("kind").unwrap_or_default()));
    let base = localise_path(locale, &format!("/actions/{slug}"));
    let link = {
        let (base, country, kind) = (base.clone(), country.clone(), kind.clone());
        move |to: u32| {
            // Only a country code and a kind's code go in the address: nothing to encode.
            let mut link = format!("{base}?page={to}");
            if country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()) {
                link.push_str(&format!("&country={country}"));
            }
            if let Some(kind) = SignatoryKind::from_code(&kind) {
                link.push_str(&format!("&kind={}", kind.code()));
            }
            link + "#signers"
        }
    };
    let (current, pages) = (page.page, page.pages);
    view! {
        <section id="signers" aria-labelledby="signers-heading" class="signers">
            <h2 id="signers-heading">{t!(i18n, signers_heading)}</h2>
            <p class="muted">{t!(i18n, signers_intro)}</p>
            <Form method="get" action=format!("{base}#signers") noscroll=true attr:class="filters" attr:role="search">
                <div class="filter-grid">
                    <div class="field">
                        <label for="s-country">{t!(i18n, filter_country)}</label>
                        <select id="s-country" name="country">
                            <option value="">{t!(i18n, filter_any)}</option>
                            {page.countries.iter().map(|(code, name)| view! {
                                <option value=code.clone() selected=*code == country>{name.clone()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="s-kind">{t!(i18n, filter_kind)}</label>
                        <select id="s-kind" name="kind">
                            <option value="">{t!(i18n, filter_any)}</option>
                            {[SignatoryKind::Organisation, SignatoryKind::Individual].into_iter().map(|k| view! {
                                <option value=k.code() selected=kind == k.code()>{signatory_kind_label(locale, k)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <button type="submit">{t!(i18n, filter_apply)}</button>
            </Form>
            {if page.signers.is_empty() {
                view! { <p class="empty">{t!(i18n, signers_empty)}</p> }.into_any()
            } else {
                view! {
                    <ul class="signer-list">
                        {page.signers.into_iter().map(|s| {
                            let name = match s.profile.clone() {
                                Some(profile) => view! { <a href=localise_path(locale, &format!("/organisations/{profile}")) dir="auto">{s.name.clone()}</a> }.into_any(),
                                None => view! { <bdi>{s.name.clone()}</bdi> }.into_any(),
                            };
                            view! {
                                <li data-kind=s.kind.code()>
                                    <strong>{name}</strong>
                                    {(!s.country_name.is_empty()).then(|| view! { " · " <span>{s.country_name.clone()}</span> })}
                                    {s.imported.then(|| view! { " · " <span class="muted">{t!(i18n, signers_imported)}</span> })}
                                    {(!s.comment.is_empty()).then(|| view! { <p class="signer-comment" dir="auto">{s.comment.clone()}</p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(pages > 1).then(|| view! {
                <nav aria-label=td_string!(locale, pagination_label) class="pagination">
                    {(current > 1).then(|| view! { <a href=link(current - 1) rel="prev">{t!(i18n, page_previous)}</a> })}
                    <span aria-current="page">{t!(i18n, page_of, page = current, pages)}</span>
                    {(current < pages).then(|| view! { <a href=link(current + 1) rel="next">{t!(i18n, page_next)}</a> })}
                </nav>
            })}
        </section>
    }
}
