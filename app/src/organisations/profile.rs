//! `/organisations/{slug}`: one organisation's profile, with the networks it belongs to and,
//! for a network, its members and chapters.
use super::api::fetch_profile;
use super::{OrganisationLink, OrganisationProfile};
use crate::i18n::*;
use crate::locale::{code, join_list, language_autonym, localise_path};
use crate::ui::{kind_label, theme_label, ErrorMessage, LocalisedHead};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    let profile = Resource::new(
        move || (slug.get(), i18n.get_locale()),
        |(slug, locale)| fetch_profile(slug, code(locale).to_string()),
    );
    view! {
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                match profile.await {
                    Ok(p) => view! { <Profile profile=p/> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Profile(profile: OrganisationProfile) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let path = format!("/organisations/{}", profile.slug);
    let text_lang = profile.fallback_language.clone();
    let place = super::place(locale, &profile.city, &profile.country_name);
    let all_members = (profile.member_count > 0)
        .then(|| localise_path(locale, &format!("/organisations?network={}", profile.slug)));
    let paragraphs: Vec<String> = profile
        .description
        .split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    let languages: Vec<String> = profile
        .languages
        .iter()
        .map(|l| language_autonym(l).map(str::to_string).unwrap_or_else(|| l.clone()))
        .collect();
    let website = profile.website.clone();
    let contact = profile.contact_email.clone();
    let description = match profile.description.trim().is_empty() {
        true => td_string!(locale, directory_intro).to_string(),
        false => profile.description.clone(),
    };

    view! {
        <LocalisedHead title=profile.name.clone() description path/>
        <article class="profile">
            <header class="profile-header">
                <p class="profile-kind"><span class="tag">{kind_label(locale, profile.kind)}</span></p>
                <h1 lang=text_lang.clone() dir="auto">{profile.name.clone()}</h1>
                {(!place.is_empty() || profile.verified).then(|| view! {
                    <p class="profile-place">{(!place.is_empty()).then(|| view! { <bdi>{place.clone()}</bdi> })}
                        {profile.verified.then(|| view! { " " <span class="badge-verified">{t!(i18n, verified)}</span> })}
                    </p>
                })}
            </header>
            {profile.fallback_language.clone().map(|lang| {
                let language = language_autonym(&lang).unwrap_or("?").to_string();
                view! { <p class="fallback-note">{t!(i18n, fallback_note, language)}</p> }
            })}
            <section aria-labelledby="about-heading">
                <h2 id="about-heading">{t!(i18n, profile_about)}</h2>
                <div class="prose" lang=text_lang dir="auto">
                    {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                </div>
            </section>
            <section aria-labelledby="details-heading">
                <h2 id="details-heading">{t!(i18n, profile_details)}</h2>
                <dl class="details">
                    <dt>{t!(i18n, profile_kind)}</dt>
                    <dd>{kind_label(locale, profile.kind)}</dd>
                    {(!place.is_empty()).then(|| view! {
                        <dt>{t!(i18n, profile_location)}</dt>
                        <dd><bdi>{place.clone()}</bdi></dd>
                    })}
                    {(!profile.themes.is_empty()).then(|| view! {
                        <dt>{t!(i18n, profile_themes)}</dt>
                        <dd>
                            <ul class="tag-list">
                                {profile.themes.iter().map(|th| {
                                    let href = localise_path(locale, &format!("/organisations?theme={}", th.code()));
                                    view! { <li><a class="tag" href=href>{theme_label(locale, *th)}</a></li> }
                                }).collect_view()}
                            </ul>
                        </dd>
                    })}
                    {(!languages.is_empty()).then(|| view! {
                        <dt>{t!(i18n, profile_languages)}</dt>
                        <dd>{join_list(locale, &languages)}</dd>
                    })}
                    {(!website.is_empty()).then(|| view! {
                        <dt>{t!(i18n, profile_website)}</dt>
                        <dd><a href=website.clone() rel="noopener noreferrer" dir="ltr">{website.clone()}</a></dd>
                    })}
                    {(!contact.is_empty()).then(|| view! {
                        <dt>{t!(i18n, profile_contact)}</dt>
                        <dd><a href=format!("mailto:{contact}") dir="ltr">{contact.clone()}</a></dd>
                    })}
                </dl>
            </section>
            <Related id="member-of" title=td_string!(locale, profile_member_of) links=profile.member_of/>
            <Related id="chapter-of" title=td_string!(locale, profile_chapter_of) links=profile.chapter_of/>
            <Related id="hosted-by" title=td_string!(locale, profile_hosted_by) links=profile.hosted_by/>
            <Related id="partners" title=td_string!(locale, profile_partners) links=profile.partners/>
            <Related id="chapters" title=td_string!(locale, profile_chapters) links=profile.chapters/>
            <Related id="members" title=td_string!(locale, profile_members) links=profile.members/>
            {all_members.map(|href| view! {
                <p><a href=href>{t!(i18n, profile_all_members)}</a></p>
            })}
            <crate::events::OrganisationEventsSection slug=profile.slug.clone()/>
            <crate::actions::OrganisationActionsSection slug=profile.slug/>
            <p class="back-link">
                <a href=localise_path(locale, "/organisations")>{t!(i18n, back_to_directory)}</a>
            </p>
        </article>
    }
}

/// A titled list of linked organisations; renders nothing when the list is empty.
#[component]
fn Related(id: &'static str, title: &'static str, links: Vec<OrganisationLink>) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    if links.is_empty() {
        return ().into_any();
    }
    let heading = format!("{id}-heading");
    let labelled_by = heading.clone();
    view! {
        <section aria-labelledby=labelled_by class="related">
            <h2 id=heading>{title}</h2>
            <ul class="link-list">
                {links.into_iter().map(|l| {
                    let href = localise_path(locale, &format!("/organisations/{}", l.slug));
                    let country = (!l.country_name.is_empty()).then(|| view! { " " <span class="muted"><bdi>{l.country_name}</bdi></span> });
                    view! { <li><a href=href dir="auto">{l.name}</a>{country}</li> }
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}
