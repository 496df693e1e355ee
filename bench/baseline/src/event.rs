//! `/events/{slug}` as `app::events::page` writes it for a reader who is not logged in, and the
//! event cards of a profile's list (`app::events::card`).
use crate::document::{attr, new_nonce, respond, text, Page};
use crate::Baseline;
use app::events::labels::{count_minutes, count_people, event_kind_label, event_place, format_label, role_label, status_label};
use app::events::{queries::event_detail, EventCard, EventDetail, RsvpWindow, ZonedSpan};
use app::i18n::*;
use app::locale::{join_list, language_autonym, localise_path};
use app::organisations::is_slug;
use app::ui::theme_label;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use std::fmt::Write;

const L: Locale = Locale::en;

fn autonym(code: &str) -> String {
    language_autonym(code).map(str::to_string).unwrap_or_else(|| code.to_string())
}

/// ` lang="…"` when the text is not in the reader's language.
pub(crate) fn lang_attr(language: &Option<String>) -> String {
    language.as_deref().map(|l| format!(" lang=\"{}\"", html_escape::encode_double_quoted_attribute(l))).unwrap_or_default()
}

pub(crate) fn fallback_note(out: &mut String, language: &Option<String>) {
    if let Some(language) = language {
        let language = language_autonym(language).unwrap_or("?");
        out.push_str("<p class=\"fallback-note\">");
        text(out, &td_string!(L, fallback_note, language));
        out.push_str("</p>");
    }
}

pub fn write_event_list(out: &mut String, events: &[EventCard]) {
    out.push_str("<ul class=\"card-list\">");
    for card in events {
        out.push_str("<li>");
        write_card(out, card);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

fn write_card(out: &mut String, card: &EventCard) {
    let lang = lang_attr(&card.fallback_language);
    out.push_str("<article class=\"card event-card\"><p class=\"card-when\"><time datetime=\"");
    attr(out, &card.when.start_iso);
    out.push_str("\">");
    text(out, &card.when.text);
    out.push_str("</time> <span class=\"muted\"><bdi>");
    text(out, &card.when.zone);
    out.push_str("</bdi></span></p><h3 class=\"card-title\"><a href=\"");
    attr(out, &localise_path(L, &format!("/events/{}", card.slug)));
    let _ = write!(out, "\"{lang} dir=\"auto\">");
    text(out, &card.title);
    let _ = write!(out, "</a></h3><p class=\"card-meta\"><span class=\"tag\">{}</span>", event_kind_label(L, card.kind));
    if let Some(status) = status_label(L, card.status) {
        let _ = write!(out, " <span class=\"badge-status\">{status}</span>");
    }
    out.push_str(" <bdi>");
    text(out, if card.place.is_empty() { format_label(L, card.format) } else { &card.place });
    out.push_str("</bdi>");
    if !card.languages.is_empty() {
        let languages: Vec<String> = card.languages.iter().map(|l| autonym(l)).collect();
        out.push_str(" · <span>");
        text(out, &join_list(L, &languages));
        out.push_str("</span>");
    }
    out.push_str("</p>");
    if !card.organisers.is_empty() {
        let organisers: Vec<String> = card.organisers.iter().map(|o| o.name.clone()).collect();
        let _ = write!(out, "<p class=\"card-organisers\"><span class=\"muted\">{}</span> <bdi>", td_string!(L, event_organised_by));
        text(out, &join_list(L, &organisers));
        out.push_str("</bdi></p>");
    }
    let _ = write!(out, "<p{lang} dir=\"auto\" class=\"card-excerpt\">");
    text(out, &card.summary);
    out.push_str("</p>");
    fallback_note(out, &card.fallback_language);
    out.push_str("</article>");
}

pub async fn page(State(b): State<Baseline>, Path(slug): Path<String>, uri: Uri) -> Response {
    if !is_slug(&slug) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let mut d = match event_detail(&b.db, &slug, L, app::now()).await {
        Ok(Some(d)) => d,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    d.json_ld = app::events::json_ld::event(&d, &b.public_url, L);
    let nonce = new_nonce();
    let mut main = event(&d);
    // Tadamun writes the loader right after the island, inside the "when" section.
    let island_end = main.find("</leptos-island>").map_or(main.len(), |at| at + "</leptos-island>".len());
    let mut loader = String::new();
    b.head.write_loader(&mut loader, &nonce);
    main.insert_str(island_end, &loader);
    let path = format!("/events/{}", d.card.slug);
    let description = if d.card.summary.is_empty() { td_string!(L, events_intro) } else { &d.card.summary };
    respond(&b, &uri, Page { title: &d.card.title, description, path: &path, main, nonce })
}

fn time(out: &mut String, label: &str, span: &ZonedSpan) {
    let _ = write!(out, "<dt>{label}</dt><dd><time datetime=\"");
    attr(out, &span.start_iso);
    out.push_str("\">");
    text(out, &span.text);
    out.push_str("</time> <span class=\"muted\"><bdi>");
    text(out, &span.zone);
    out.push_str("</bdi></span></dd>");
}

fn event(d: &EventDetail) -> String {
    let card = &d.card;
    let lang = lang_attr(&card.fallback_language);
    let mut out = String::with_capacity(12 * 1024);
    let _ = write!(
        out,
        "<article class=\"event\"><header class=\"profile-header\"><p class=\"profile-kind\"><span class=\"tag\">{}</span> <span class=\"tag\">{}</span>",
        event_kind_label(L, card.kind),
        format_label(L, card.format)
    );
    if let Some(status) = status_label(L, card.status) {
        let _ = write!(out, " <span class=\"badge-status\">{status}</span>");
    }
    let _ = write!(out, "</p><h1{lang} dir=\"auto\">");
    text(&mut out, &card.title);
    out.push_str("</h1>");
    if !card.summary.is_empty() {
        let _ = write!(out, "<p{lang} dir=\"auto\" class=\"lead\">");
        text(&mut out, &card.summary);
        out.push_str("</p>");
    }
    out.push_str("</header>");
    fallback_note(&mut out, &card.fallback_language);
    out.push_str("<div role=\"status\"></div>");
    if let Some(was) = &d.postponed_from {
        let _ = write!(out, "<p class=\"notice\">{} <bdi>", td_string!(L, event_postponed_from));
        text(&mut out, &was.text);
        out.push_str("</bdi></p>");
    }
    let _ = write!(out, "<section aria-labelledby=\"when-heading\" class=\"event-when\"><h2 id=\"when-heading\">{}</h2><dl class=\"details\">", td_string!(L, event_when));
    time(&mut out, td_string!(L, event_time_local), &card.when);
    time(&mut out, td_string!(L, event_time_utc), &d.utc);
    if let Some(viewer) = &d.viewer {
        time(&mut out, td_string!(L, event_time_yours), viewer);
    }
    out.push_str("</dl>");
    browser_time(&mut out, d);
    let place = event_place(L, d);
    let _ = write!(out, "<dl class=\"details\"><dt>{}</dt><dd>", td_string!(L, event_where));
    text(&mut out, if place.is_empty() { format_label(L, card.format) } else { &place });
    out.push_str("</dd>");
    if !card.organisers.is_empty() {
        let _ = write!(out, "<dt>{}</dt><dd><ul class=\"inline-list\">", td_string!(L, event_organisers));
        for o in &card.organisers {
            out.push_str("<li><a href=\"");
            attr(&mut out, &localise_path(L, &format!("/organisations/{}", o.slug)));
            out.push_str("\" dir=\"auto\">");
            text(&mut out, &o.name);
            out.push_str("</a></li>");
        }
        out.push_str("</ul></dd>");
    }
    for (label, codes) in [(td_string!(L, event_languages), &card.languages), (td_string!(L, event_interpretation), &d.interpretation)] {
        if !codes.is_empty() {
            let names: Vec<String> = codes.iter().map(|l| autonym(l)).collect();
            let _ = write!(out, "<dt>{label}</dt><dd>");
            text(&mut out, &join_list(L, &names));
            out.push_str("</dd>");
        }
    }
    if !d.themes.is_empty() {
        let themes: Vec<String> = d.themes.iter().map(|t| theme_label(L, *t).to_string()).collect();
        let _ = write!(out, "<dt>{}</dt><dd>", td_string!(L, profile_themes));
        text(&mut out, &join_list(L, &themes));
        out.push_str("</dd>");
    }
    out.push_str("</dl><p><a href=\"");
    attr(&mut out, &format!("/events/{}.ics", card.slug));
    let _ = write!(out, "\" download=\"\">{}</a></p></section>", td_string!(L, event_add_to_calendar));
    rsvp_box(&mut out, d);
    if !d.sessions.is_empty() {
        let _ = write!(out, "<section aria-labelledby=\"sessions-heading\"><h2 id=\"sessions-heading\">{}</h2><ol class=\"sessions\">", td_string!(L, event_sessions));
        for s in &d.sessions {
            out.push_str("<li>");
            if !s.title.is_empty() {
                out.push_str("<span dir=\"auto\">");
                text(&mut out, &s.title);
                out.push_str("</span> — ");
            }
            out.push_str("<time datetime=\"");
            attr(&mut out, &s.when.start_iso);
            out.push_str("\">");
            text(&mut out, &s.when.text);
            out.push_str("</time></li>");
        }
        out.push_str("</ol></section>");
    }
    if !d.description_html.is_empty() {
        // Sanitised HTML from the event's Markdown (app::events::markdown), as Tadamun inserts it.
        let _ = write!(
            out,
            "<section aria-labelledby=\"about-heading\"><h2 id=\"about-heading\">{}</h2><div{lang} dir=\"auto\" class=\"prose\">{}</div></section>",
            td_string!(L, event_about),
            d.description_html
        );
    }
    if !d.speakers.is_empty() {
        let _ = write!(out, "<section aria-labelledby=\"speakers-heading\"><h2 id=\"speakers-heading\">{}</h2><ul class=\"speakers\">", td_string!(L, event_speakers));
        for s in &d.speakers {
            out.push_str("<li class=\"speaker\"><p class=\"speaker-name\"><strong dir=\"auto\">");
            text(&mut out, &s.name);
            let _ = write!(out, "</strong> <span class=\"tag\">{}</span></p>", role_label(L, s.role));
            if !s.affiliation.is_empty() {
                out.push_str("<p dir=\"auto\" class=\"muted\">");
                text(&mut out, &s.affiliation);
                out.push_str("</p>");
            }
            if !s.bio.is_empty() {
                let _ = write!(out, "<p{} dir=\"auto\">", lang_attr(&s.bio_language));
                text(&mut out, &s.bio);
                out.push_str("</p>");
            }
            out.push_str("</li>");
        }
        out.push_str("</ul></section>");
    }
    let over = matches!(d.rsvp, RsvpWindow::Over);
    if over || !d.recordings.is_empty() || !d.report_html.is_empty() {
        let _ = write!(out, "<section aria-labelledby=\"after-heading\"><h2 id=\"after-heading\">{}</h2>", td_string!(L, event_afterwards));
        if let Some(n) = d.attendance {
            let _ = write!(out, "<p>{} ", td_string!(L, event_attendance));
            text(&mut out, &count_people(L, n));
            out.push_str("</p>");
        }
        if !d.recordings.is_empty() {
            let _ = write!(out, "<h3>{}</h3><ul class=\"link-list\">", td_string!(L, event_recordings));
            for r in &d.recordings {
                out.push_str("<li><a href=\"");
                attr(&mut out, &r.url);
                out.push_str("\" rel=\"noopener noreferrer\" hreflang=\"");
                attr(&mut out, &r.language);
                out.push_str("\">");
                text(&mut out, &autonym(&r.language));
                out.push_str("</a>");
                let minutes = r.start_offset_seconds / 60;
                if minutes > 0 {
                    let offset = count_minutes(L, minutes);
                    out.push_str(" <span class=\"muted\">");
                    text(&mut out, &td_string!(L, recording_offset, offset).to_string());
                    out.push_str("</span>");
                }
                out.push_str("</li>");
            }
            out.push_str("</ul>");
        }
        if !d.report_html.is_empty() {
            let _ = write!(out, "<h3>{}</h3><div{lang} dir=\"auto\" class=\"prose\">{}</div>", td_string!(L, event_report), d.report_html);
        }
        out.push_str("</section>");
    }
    if !d.funding.is_empty() {
        out.push_str("<p dir=\"auto\" class=\"funding muted\">");
        text(&mut out, &d.funding);
        out.push_str("</p>");
    }
    let _ = write!(
        out,
        "<p class=\"back-link\"><a href=\"{}\">{}</a></p><script type=\"application/ld+json\">{}</script></article>",
        localise_path(L, "/events"),
        td_string!(L, back_to_events),
        d.json_ld
    );
    out
}

/// The island that shows the time in the browser's zone: on the server, only its element and
/// its props.
fn browser_time(out: &mut String, d: &EventDetail) {
    let zones = [d.timezone.clone(), d.viewer.as_ref().map(|v| v.zone.clone()).unwrap_or_default()];
    // In the island's own order of props (serde_json's `json!` would sort them).
    let props = format!(
        "{{\"locale\":\"en\",\"starts_at\":{},\"ends_at\":{},\"zones\":{}}}",
        d.card.starts_at,
        d.card.ends_at,
        serde_json::to_string(&zones).unwrap_or_default()
    );
    out.push_str("<leptos-island data-component=\"BrowserTime\" data-props=\"");
    attr(out, &props);
    out.push_str("\"></leptos-island>");
}

/// The RSVP box of a reader who is not logged in.
fn rsvp_box(out: &mut String, d: &EventDetail) {
    let _ = write!(out, "<section id=\"rsvp\" aria-labelledby=\"rsvp-heading\" class=\"rsvp-box\"><h2 id=\"rsvp-heading\">{}</h2><div role=\"status\"></div>", td_string!(L, rsvp_heading));
    if d.rsvp != RsvpWindow::Over {
        let seats = match d.capacity {
            Some(capacity) => {
                let (taken, capacity) = (d.confirmed.to_string(), capacity.to_string());
                td_string!(L, rsvp_seats_taken, taken, capacity)
            }
            None => td_string!(L, rsvp_registered_count, count = count_people(L, d.confirmed)),
        };
        out.push_str("<p class=\"seats\">");
        text(out, &seats);
        if d.waitlisted > 0 {
            let n = d.waitlisted.to_string();
            out.push_str(" · ");
            text(out, &td_string!(L, rsvp_waitlist_count, n));
        }
        out.push_str("</p>");
    }
    let open = matches!(d.rsvp, RsvpWindow::Open | RsvpWindow::WaitlistOnly);
    if let Some(closes) = d.rsvp_closes.as_ref().filter(|_| open) {
        let _ = write!(out, "<p class=\"muted\">{} <bdi>", td_string!(L, rsvp_closes_at));
        text(out, &closes.text);
        out.push_str("</bdi></p>");
    }
    if open {
        rsvp_form(out, d);
    } else {
        let closed = match d.rsvp {
            RsvpWindow::NotYetOpen => td_string!(L, rsvp_problem_not_open_yet),
            RsvpWindow::Cancelled => td_string!(L, rsvp_problem_cancelled),
            RsvpWindow::Over => td_string!(L, rsvp_problem_over),
            _ => td_string!(L, rsvp_problem_closed),
        };
        let _ = write!(out, "<p class=\"notice\">{closed}</p>");
    }
    out.push_str("</section>");
}

fn rsvp_form(out: &mut String, d: &EventDetail) {
    let waitlist = d.rsvp == RsvpWindow::WaitlistOnly;
    out.push_str("<form action=\"/api/rsvp\" method=\"post\" class=\"account-form rsvp-form\"><input type=\"hidden\" name=\"locale\" value=\"en\"><input type=\"hidden\" name=\"slug\" value=\"");
    attr(out, &d.card.slug);
    out.push_str("\">");
    if waitlist {
        let _ = write!(out, "<p class=\"notice\">{}</p>", td_string!(L, rsvp_full));
    }
    let _ = write!(
        out,
        "<div class=\"field\"><label for=\"rsvp-email\">{}</label><input id=\"rsvp-email\" name=\"email\" type=\"email\" autocomplete=\"email\" required maxlength=\"254\" aria-describedby=\"rsvp-email-hint\"><p id=\"rsvp-email-hint\" class=\"hint\">{}</p></div>\
         <div class=\"field\"><label for=\"rsvp-name\">{}</label><input id=\"rsvp-name\" name=\"name\" type=\"text\" autocomplete=\"nickname\" maxlength=\"60\"></div>",
        td_string!(L, field_email),
        td_string!(L, rsvp_guest_hint),
        td_string!(L, rsvp_name_optional)
    );
    if !d.interpretation.is_empty() {
        let _ = write!(
            out,
            "<div class=\"field\"><label for=\"rsvp-interpretation\">{}</label><select id=\"rsvp-interpretation\" name=\"interpretation\"><option value=\"\">{}</option>",
            td_string!(L, rsvp_interpretation),
            td_string!(L, rsvp_interpretation_none)
        );
        for l in &d.interpretation {
            out.push_str("<option value=\"");
            attr(out, l);
            out.push_str("\">");
            text(out, language_autonym(l).unwrap_or(l));
            out.push_str("</option>");
        }
        out.push_str("</select></div>");
    }
    let _ = write!(
        out,
        "<div role=\"alert\" class=\"form-problem\"></div><button type=\"submit\">{}</button><p class=\"hint\">{} <a href=\"{}\">{}</a></p></form>",
        if waitlist { td_string!(L, rsvp_join_waitlist) } else { td_string!(L, rsvp_submit) },
        td_string!(L, rsvp_or_log_in),
        localise_path(L, "/log-in"),
        td_string!(L, log_in_title)
    );
}
