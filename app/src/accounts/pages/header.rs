//! The account links in the site header: log in and sign up, or the account and log out.
use super::form::LocaleField;
use crate::accounts::api::{who_am_i, LogOut, Me};
use crate::i18n::*;
use crate::locale::localise_path;
use leptos::prelude::*;

/// Bumped by forms that log in or out, so the header asks again who is logged in.
#[derive(Clone, Copy)]
pub struct SessionChanged(pub RwSignal<u32>);

/// Tells the header to look again once `value` holds a success.
pub fn refresh_header_on_success<T: 'static, E: 'static>(value: impl Get<Value = Option<Result<T, E>>> + Send + Sync + 'static) {
    if let Some(SessionChanged(epoch)) = use_context::<SessionChanged>() {
        Effect::new(move |_| {
            if matches!(value.get(), Some(Ok(_))) {
                epoch.update(|n| *n += 1);
            }
        });
    }
}

#[component]
pub fn AccountMenu() -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let epoch = use_context::<SessionChanged>().map(|s| s.0).unwrap_or_else(|| RwSignal::new(0));
    let me = Resource::new(move || epoch.get(), |_| who_am_i());
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
    refresh_header_on_success(action.value());
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
