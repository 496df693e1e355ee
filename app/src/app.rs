//! The document shell and the routes.
use crate::accounts::{
    AccountPage, CheckMailPage, CodePage, LinkLogInPage, LogInPage, NewPasswordPage, RecoveryCodesPage, ResetRequestPage,
    SignUpPage, TwoFactorSetupPage, VerifyEmailPage,
};
use crate::actions::{ActionPage, ActionsPage, EditActionPage, NewActionPage, SignLinkPage, SignaturesPage};
use crate::admin::PeoplePage;
use crate::events::{AttendeesPage, EditEventPage, EventPage, EventsPage, NewEventPage, RsvpLinkPage};
use crate::home::HomePage;
use crate::i18n::*;
use crate::organisations::{DirectoryPage, ProfilePage};
use crate::ui::{BundleStylesheet, Layout, NotFound};
use leptos::prelude::*;
use leptos_i18n_router::I18nRoute;
use leptos_meta::{provide_meta_context, Link, Meta, MetaTags};
use leptos_router::{components::*, path, SsrMode};

/// The HTML document. `<html lang dir>` is filled in per request by the i18n context through
/// leptos_meta, so nothing here may hard-code a language.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // Islands mode: only the islands are hydrated, so the data of the resources outside them is
    // not sent to the browser again (server/tests/integration/head.rs). Leptos's
    // `HydrationScripts` says this when it renders; the pages load their scripts themselves
    // (`IslandLoader`), so it is said here, before anything renders.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                // Live reload under `cargo leptos watch`; renders nothing otherwise.
                <AutoReload options/>
                // The bundle's names carry a hash of its content (hash-files in Cargo.toml),
                // so browsers may keep it for a year. No script here: only a page with an
                // island loads one (`IslandLoader`).
                <BundleStylesheet/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    set_content_security_policy();
    // Every page waits for its data before the first byte (SsrMode::Async): the HTML is
    // complete without JavaScript (the header's account menu included), a missing organisation
    // can still answer 404, and the account page can still redirect.
    view! {
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml"/>
        <Meta name="color-scheme" content="light"/>
        <I18nContextProvider cookie_options=leptos_use::UseCookieOptions::default().path("/").same_site(leptos_use::SameSite::Lax).max_age(31_536_000_000_i64)>
            <Router>
                // The layout lives inside the language route: on the server, the locale of
                // `/ar/...` is only known once that route renders, and the header must be in it.
                <Routes fallback=NotFound>
                    <LanguageRoutes/>
                </Routes>
            </Router>
        </I18nContextProvider>
    }
}

/// Every page, under each language prefix (`/…`, `/ar/…`, `/fr/…`, `/es/…`, `/en/…`).
#[component(transparent)]
// The full path: debug builds (erased components) replace this return type and would leave an
// import unused.
fn LanguageRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    built_once(|| {
        view! {
            <I18nRoute<Locale, _, _> view=|| view! { <Layout><Outlet/></Layout> }>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                <Route path=path!("/organisations") view=DirectoryPage ssr=SsrMode::Async/>
                <Route path=path!("/organisations/:slug") view=ProfilePage ssr=SsrMode::Async/>
                <Route path=path!("/events") view=EventsPage ssr=SsrMode::Async/>
                <Route path=path!("/events/new") view=NewEventPage ssr=SsrMode::Async/>
                <Route path=path!("/events/:slug") view=EventPage ssr=SsrMode::Async/>
                <Route path=path!("/events/:slug/edit") view=EditEventPage ssr=SsrMode::Async/>
                <Route path=path!("/events/:slug/rsvp") view=RsvpLinkPage ssr=SsrMode::Async/>
                <Route path=path!("/events/:slug/attendees") view=AttendeesPage ssr=SsrMode::Async/>
                <Route path=path!("/actions") view=ActionsPage ssr=SsrMode::Async/>
                <Route path=path!("/actions/new") view=NewActionPage ssr=SsrMode::Async/>
                <Route path=path!("/actions/:slug") view=ActionPage ssr=SsrMode::Async/>
                <Route path=path!("/actions/:slug/edit") view=EditActionPage ssr=SsrMode::Async/>
                <Route path=path!("/actions/:slug/sign") view=SignLinkPage ssr=SsrMode::Async/>
                <Route path=path!("/actions/:slug/signatures") view=SignaturesPage ssr=SsrMode::Async/>
                <Route path=path!("/sign-up") view=SignUpPage ssr=SsrMode::Async/>
                <Route path=path!("/log-in") view=LogInPage ssr=SsrMode::Async/>
                <Route path=path!("/log-in/link") view=LinkLogInPage ssr=SsrMode::Async/>
                <Route path=path!("/check-your-email") view=CheckMailPage ssr=SsrMode::Async/>
                <Route path=path!("/password-reset") view=ResetRequestPage ssr=SsrMode::Async/>
                <Route path=path!("/password-reset/new") view=NewPasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                <Route path=path!("/account/verify") view=VerifyEmailPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/people") view=PeoplePage ssr=SsrMode::Async/>
                <Route path=path!("/log-in/code") view=CodePage ssr=SsrMode::Async/>
                <Route path=path!("/account/two-factor") view=TwoFactorSetupPage ssr=SsrMode::Async/>
                <Route path=path!("/account/recovery-codes") view=RecoveryCodesPage ssr=SsrMode::Async/>
                // Inside the language routes, so `/ar/anything` is an Arabic 404.
                <Route path=path!("/*any") view=NotFound ssr=SsrMode::Async/>
            </I18nRoute<Locale, _, _>>
        }
        .into_inner()
    })
}

/// The routes never change, but leptos_i18n_router builds them anew, every route in every
/// language's variant, each time they are written down: more than a third of what a page
/// with no content cost. So each thread builds them once and every request gets a copy (an
/// `Arc` inside). Per thread, not per process: with `cargo leptos`'s erased components
/// (debug builds) they are not `Sync`.
fn built_once<T: Clone + 'static>(build: impl FnOnce() -> T) -> T {
    thread_local! {
        static BUILT: std::cell::OnceCell<Box<dyn std::any::Any>> = const { std::cell::OnceCell::new() };
    }
    BUILT.with(|built| {
        if let Some(routes) = built.get().and_then(|b| b.downcast_ref::<T>()) {
            return routes.clone();
        }
        let routes = build();
        let _ = built.set(Box::new(routes.clone()));
        routes
    })
}

/// Pages may run only their own scripts: the inline hydration script carries this response's
/// nonce, everything else must come from this origin. Nothing from any other origin.
fn set_content_security_policy() {
    #[cfg(feature = "ssr")]
    if let (Some(nonce), Some(response)) =
        (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>())
    {
        let policy = format!(
            "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
             style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
             base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
        );
        if let Ok(value) = http::HeaderValue::from_str(&policy) {
            response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
}
