//! The actions section of an organisation's profile: the letters, petitions and statements it
//! organises, open ones first.
use super::api::list_actions;
use super::{ActionCardView, ActionsQuery};
use crate::i18n::*;
use crate::locale::{code, localise_path};
use leptos::prelude::*;

/// Actions a profile lists; the rest are one click away in the filtered list.
const PROFILE_ACTIONS: usize = 5;

#[component]
pub fn OrganisationActionsSection(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let all = localise_path(locale, &format!("/actions?organiser={slug}"));
    let actions = Resource::new(
        move || slug.clone(),
        move |slug| list_actions(ActionsQuery { organiser: Some(slug), ..ActionsQuery::default() }, code(locale).to_string()),
    );
    view! {
        <Transition fallback=|| ()>
            {move || {
                let all = all.clone();
                Suspend::new(async move {
                    let results = actions.await.ok()?;
                    let more = results.total > PROFILE_ACTIONS as i64;
                    (!results.actions.is_empty()).then(|| view! {
                        <section aria-labelledby="actions-heading" class="related">
                            <h2 id="actions-heading">{t!(i18n, actions_title)}</h2>
                            <ul class="card-list">
                                {results.actions.into_iter().take(PROFILE_ACTIONS).map(|card| view! { <li><ActionCardView card/></li> }).collect_view()}
                            </ul>
                            {more.then(|| view! { <p><a href=all>{t!(i18n, actions_see_all)}</a></p> })}
                        </section>
                    })
                })
            }}
        </Transition>
    }
}
