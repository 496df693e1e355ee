//! `/organisations/{slug}`, as `app::organisations::profile` writes it.
use crate::document::{attr, new_nonce, respond, text, Page};
use crate::event::write_event_list;
use crate::Baseline;
use app::i18n::*;
use app::locale::{join_list, language_autonym, localise_path};
use app::organisations::{is_slug, queries, OrganisationLink};
use app::ui::{kind_label, theme_label};
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use std::fmt::Write;

const L: Locale = Locale::en;

pub async fn page(State(b): State<Baseline>, Path(slug): Path<String>, uri: Uri) -> Response {
    if !is_slug(&slug) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let p = match queries::profile(&b.db, &slug, L).await {
        Ok(Some(p)) => p,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let Ok((upcoming, past)) =
        app::events::queries::organisation_events(&b.db, &slug, L, app::now(), app::events::queries::PROFILE_EVENTS).await
    else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Ok(actions) = app::actions::queries::action_cards(&b.db, L).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let actions: Vec<app::actions::ActionCard> = actions.into_iter().filter(|c| c.organisers.iter().any(|o| o.slug == slug)).collect();

    let mut out = String::with_capacity(8 * 1024);
    let lang = p.fallback_language.as_deref().map(|l| format!(" lang=\"{}\"", html_escape::encode_double_quoted_attribute(l)));
    let lang = lang.as_deref().unwrap_or("");
    let place = app::organisations::place(L, &p.city, &p.country_name);
    let kind = kind_label(L, p.kind);
    let _ = write!(out, "<article class=\"profile\"><header class=\"profile-header\"><p class=\"profile-kind\"><span class=\"tag\">{kind}</span></p><h1{lang} dir=\"auto\">");
    text(&mut out, &p.name);
    out.push_str("</h1>");
    if !place.is_empty() || p.verified {
        out.push_str("<p class=\"profile-place\">");
        if !place.is_empty() {
            out.push_str("<bdi>");
            text(&mut out, &place);
            out.push_str("</bdi>");
        }
        if p.verified {
            let _ = write!(out, " <span class=\"badge-verified\">{}</span>", td_string!(L, verified));
        }
        out.push_str("</p>");
    }
    out.push_str("</header>");
    if let Some(language) = &p.fallback_language {
        let language = language_autonym(language).unwrap_or("?");
        out.push_str("<p class=\"fallback-note\">");
        text(&mut out, &td_string!(L, fallback_note, language));
        out.push_str("</p>");
    }
    let _ = write!(out, "<section aria-labelledby=\"about-heading\"><h2 id=\"about-heading\">{}</h2><div{lang} dir=\"auto\" class=\"prose\">", td_string!(L, profile_about));
    for paragraph in p.description.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        out.push_str("<p>");
        text(&mut out, paragraph);
        out.push_str("</p>");
    }
    let _ = write!(
        out,
        "</div></section><section aria-labelledby=\"details-heading\"><h2 id=\"details-heading\">{}</h2><dl class=\"details\">\
         <dt>{}</dt><dd>{kind}</dd>",
        td_string!(L, profile_details), td_string!(L, profile_kind)
    );
    if !place.is_empty() {
        let _ = write!(out, "<dt>{}</dt><dd><bdi>", td_string!(L, profile_location));
        text(&mut out, &place);
        out.push_str("</bdi></dd>");
    }
    if !p.themes.is_empty() {
        let _ = write!(out, "<dt>{}</dt><dd><ul class=\"tag-list\">", td_string!(L, profile_themes));
        for theme in &p.themes {
            out.push_str("<li><a href=\"");
            attr(&mut out, &localise_path(L, &format!("/organisations?theme={}", theme.code())));
            let _ = write!(out, "\" class=\"tag\">{}</a></li>", theme_label(L, *theme));
        }
        out.push_str("</ul></dd>");
    }
    if !p.languages.is_empty() {
        let languages: Vec<String> =
            p.languages.iter().map(|l| language_autonym(l).map(str::to_string).unwrap_or_else(|| l.clone())).collect();
        let _ = write!(out, "<dt>{}</dt><dd>", td_string!(L, profile_languages));
        text(&mut out, &join_list(L, &languages));
        out.push_str("</dd>");
    }
    if !p.website.is_empty() {
        let _ = write!(out, "<dt>{}</dt><dd><a href=\"", td_string!(L, profile_website));
        attr(&mut out, &p.website);
        out.push_str("\" rel=\"noopener noreferrer\" dir=\"ltr\">");
        text(&mut out, &p.website);
        out.push_str("</a></dd>");
    }
    if !p.contact_email.is_empty() {
        let _ = write!(out, "<dt>{}</dt><dd><a href=\"mailto:", td_string!(L, profile_contact));
        attr(&mut out, &p.contact_email);
        out.push_str("\" dir=\"ltr\">");
        text(&mut out, &p.contact_email);
        out.push_str("</a></dd>");
    }
    out.push_str("</dl></section>");
    related(&mut out, "member-of", td_string!(L, profile_member_of), &p.member_of);
    related(&mut out, "chapter-of", td_string!(L, profile_chapter_of), &p.chapter_of);
    related(&mut out, "hosted-by", td_string!(L, profile_hosted_by), &p.hosted_by);
    related(&mut out, "partners", td_string!(L, profile_partners), &p.partners);
    related(&mut out, "chapters", td_string!(L, profile_chapters), &p.chapters);
    related(&mut out, "members", td_string!(L, profile_members), &p.members);
    if p.member_count > 0 {
        out.push_str("<p><a href=\"");
        attr(&mut out, &localise_path(L, &format!("/organisations?network={}", p.slug)));
        let _ = write!(out, "\">{}</a></p>", td_string!(L, profile_all_members));
    }
    if !upcoming.is_empty() || !past.is_empty() {
        let _ = write!(out, "<section aria-labelledby=\"events-heading\" class=\"related\"><h2 id=\"events-heading\">{}</h2>", td_string!(L, events_title));
        let all = localise_path(L, &format!("/events?organiser={slug}"));
        let all_past = localise_path(L, &format!("/events?when=past&organiser={slug}"));
        for (heading, events, href) in [(td_string!(L, events_upcoming), &upcoming, all), (td_string!(L, events_past), &past, all_past)] {
            if events.is_empty() {
                continue;
            }
            let _ = write!(out, "<h3>{heading}</h3>");
            write_event_list(&mut out, events);
            out.push_str("<p><a href=\"");
            attr(&mut out, &href);
            let _ = write!(out, "\">{}</a></p>", td_string!(L, events_see_all));
        }
        out.push_str("</section>");
    }
    crate::action::write_profile_actions(&mut out, &slug, &actions);
    let _ = write!(
        out,
        "<p class=\"back-link\"><a href=\"{}\">{}</a></p></article>",
        localise_path(L, "/organisations"),
        td_string!(L, back_to_directory)
    );
    let path = format!("/organisations/{}", p.slug);
    let description = if p.description.trim().is_empty() { td_string!(L, directory_intro) } else { &p.description };
    respond(&b, &uri, Page { title: &p.name, description, path: &path, main: out, nonce: new_nonce() })
}

fn related(out: &mut String, id: &str, title: &str, links: &[OrganisationLink]) {
    if links.is_empty() {
        return;
    }
    let _ = write!(out, "<section aria-labelledby=\"{id}-heading\" class=\"related\"><h2 id=\"{id}-heading\">{title}</h2><ul class=\"link-list\">");
    for link in links {
        out.push_str("<li><a href=\"");
        attr(out, &localise_path(L, &format!("/organisations/{}", link.slug)));
        out.push_str("\" dir=\"auto\">");
        text(out, &link.name);
        out.push_str("</a>");
        if !link.country_name.is_empty() {
            out.push_str(" <span class=\"muted\"><bdi>");
            text(out, &link.country_name);
            out.push_str("</bdi></span>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ul></section>");
}
