//! `/actions`: the networks' letters, petitions and statements, open ones first, narrowed by
//! kind. The filter is a GET form: every filtered list is a link and works without JavaScript.
use super::api::list_actions;
use super::labels::action_kind_label;
use super::{ActionCardView, ActionKind};
use crate::i18n::*;
use crate::locale::{code, localise_path};
use crate::ui::{ErrorMessage, LocalisedHead};
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ActionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let kind = Memo::new(move |_| query.with(|q| q.get("kind").filter(|k| ActionKind::from_code(k).is_some()).unwrap_or_default()));
    let actions = Resource::new(move || (kind.get(), i18n.get_locale()), |(kind, locale)| list_actions(kind, code(locale).to_string()));
    view! {
        {move || view! { <LocalisedHead title=td_string!(i18n.get_locale(), actions_title) description=td_string!(i18n.get_locale(), actions_intro) path="/actions"/> }}
        <h1>{t!(i18n, actions_title)}</h1>
        <p class="lead">{t!(i18n, actions_intro)}</p>
        <KindFilter kind=kind.get_untracked()/>
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                match actions.await {
                    Ok(cards) if cards.is_empty() => view! { <p class="empty">{t!(i18n, actions_empty)}</p> }.into_any(),
                    Ok(cards) => view! {
                        <section aria-labelledby="actions-results-heading" class="results">
                            <h2 id="actions-results-heading" class="visually-hidden">{t!(i18n, results_label)}</h2>
                            <ul class="card-list">
                                {cards.into_iter().map(|card| view! { <li><ActionCardView card/></li> }).collect_view()}
                            </ul>
                        </section>
                    }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn KindFilter(kind: String) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let action = localise_path(locale, "/actions");
    view! {
        <Form method="get" action=action noscroll=true attr:class="filters" attr:role="search">
            <h2 class="visually-hidden">{t!(i18n, filters_label)}</h2>
            <div class="filter-grid">
                <div class="field">
                    <label for="a-kind">{t!(i18n, filter_kind)}</label>
                    <select id="a-kind" name="kind">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {ActionKind::ALL.iter().map(|k| view! {
                            <option value=k.code() selected=kind == k.code()>{action_kind_label(locale, *k)}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <button type="submit">{t!(i18n, filter_apply)}</button>
        </Form>
    }
}
