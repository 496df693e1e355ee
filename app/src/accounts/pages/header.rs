//! The account links in the site header: log in and sign up, or the account and log out.
use super::form::LocaleField;
use crate::accounts::api::{who_am_i, LogOut, Me};
use crate::i18n::*;
use crate::locale::localise_path;
use leptos::prelude::*;

#[component]
pub fn AccountMenu() -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    // Rendered on the server for every page, so a log-in or log-out shows on the next page.
    let me = Resource::new(|| (), |_| who_am_i());
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match me.await {
                    Ok(Some(me)) => view! { <LoggedIn me locale/> }.into_any(),
                    // A failure to ask is shown as logged out; the account pages say more.
                    _ => view! {
                        <ul class="account-menu">
                            <li><a href=localise_path(locale, "/log-in")>{td_string!(locale, nav_log_in)}</a></li>
                            <li><a href=localise_path(locale, "/sign-up")>{td_string!(locale, nav_sign_up)}</a></li>
                        </ul>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn LoggedIn(me: Me, locale: Locale) -> impl IntoView {
    let action = ServerAction::<LogOut>::new();
    let admin = me.roles.contains(&crate::accounts::Role::Admin).then(|| {
        view! { <li><a href=localise_path(locale, "/admin/people")>{td_string!(locale, nav_admin)}</a></li> }
    });
    view! {
        <ul class="account-menu">
            {admin}
            <li><a href=localise_path(locale, "/account") dir="auto">{me.display_name}</a></li>
            <li>
                <ActionForm action attr:class="inline-form">
                    <LocaleField/>
                    <button type="submit" class="link-button">{td_string!(locale, nav_log_out)}</button>
                </ActionForm>
            </li>
        </ul>
    }
}
