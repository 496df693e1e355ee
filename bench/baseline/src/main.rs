#![recursion_limit = "512"]
//! The benchmark's yardstick: `/organisations`, `/organisations/{slug}` and `/events/{slug}` rendered by hand
//! (format! and escaping) from the same validated query and the same SQL as Tadamun, with the
//! same compression and allocator, so the difference measured is what Leptos's rendering costs.
//! Usage: tadamun-baseline DATABASE_URL ADDRESS
use app::db::Db;
use app::i18n::*;
use app::locale::localise_path;
use app::organisations::{countries, queries, DirectoryQuery, OrganisationCard, PAGE_SIZE};
use app::ui::{kind_label, theme_label};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::fmt::Write;

// The same allocator and page compression as Tadamun, so only the rendering differs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(url), Some(addr)) = (args.next(), args.next()) else {
        eprintln!("usage: tadamun-baseline DATABASE_URL ADDRESS");
        std::process::exit(2);
    };
    let db = Db::connect(&url, 8).await.unwrap_or_else(|e| {
        eprintln!("tadamun-baseline: {e}");
        std::process::exit(1)
    });
    let app = Router::new()
        .route("/organisations", get(directory))
        .route("/organisations/{slug}", get(profile))
        .route("/events/{slug}", get(event))
        .layer(axum::middleware::from_fn(tadamun::compression::pages))
        .layer(tower_http::compression::CompressionLayer::new())
        .with_state(db);
    let listener = tokio::net::TcpListener::bind(&addr).await.unwrap_or_else(|e| {
        eprintln!("tadamun-baseline: cannot listen on {addr}: {e}");
        std::process::exit(1)
    });
    let _ = axum::serve(listener, app).await;
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

fn page(title: &str, body: &str) -> String {
    let l = Locale::en;
    format!(
        "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <link rel=\"stylesheet\" href=\"/pkg/tadamun.css\"><title>{} · {}</title></head><body>\
         <a class=\"skip-link\" href=\"#main\">{}</a><header class=\"site-header\"><div class=\"wrap header-row\">\
         <a class=\"brand\" href=\"/\"><span class=\"brand-name\">{}</span><span class=\"brand-tagline\">{}</span></a>\
         <nav aria-label=\"{}\"><ul class=\"nav-list\"><li><a href=\"/\">{}</a></li><li><a href=\"/organisations\">{}</a></li></ul></nav>\
         </div></header><main id=\"main\" class=\"wrap\" tabindex=\"-1\">{body}</main>\
         <footer class=\"site-footer\"><div class=\"wrap\"><p>{}</p></div></footer></body></html>",
        esc(title), td_string!(l, site_name), td_string!(l, skip_to_content), td_string!(l, site_name),
        td_string!(l, site_tagline), td_string!(l, nav_label), td_string!(l, nav_home),
        td_string!(l, nav_organisations), td_string!(l, footer_text),
    )
}

fn card(out: &mut String, c: &OrganisationCard) {
    let href = localise_path(Locale::en, &format!("/organisations/{}", c.slug));
    let place = if c.city.is_empty() { c.country_name.clone() } else { format!("{}, {}", c.city, c.country_name) };
    let _ = write!(
        out,
        "<li><article class=\"card\"><h3 class=\"card-title\"><a href=\"{}\" dir=\"auto\">{}</a></h3>\
         <p class=\"card-meta\"><span class=\"tag\">{}</span> <bdi>{}</bdi>{}</p>\
         <p class=\"card-excerpt\" dir=\"auto\">{}</p></article></li>",
        esc(&href), esc(&c.name), kind_label(Locale::en, c.kind), esc(&place),
        if c.verified { " <span class=\"badge-verified\">Verified</span>" } else { "" },
        esc(&c.excerpt),
    );
}

async fn directory(State(db): State<Db>, Query(query): Query<DirectoryQuery>) -> Response {
    let l = Locale::en;
    let (filter, _notices) = query.validate(countries::exists);
    let (cards, total, country_count) = match queries::search_page(&db, &filter, l).await {
        Ok(r) => r,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let (Ok(country_options), Ok(network_options)) = (
        queries::country_options(&db, l).await,
        queries::network_options(&db, l, filter.network.as_deref()).await,
    ) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut body = String::with_capacity(16 * 1024);
    let _ = write!(
        body,
        "<h1>{}</h1><p class=\"lead\">{}</p><form method=\"get\" action=\"/organisations\" role=\"search\" class=\"filters\">\
         <div class=\"filter-grid\"><div class=\"field field-search\"><label for=\"f-q\">{}</label>\
         <input id=\"f-q\" type=\"search\" name=\"q\" value=\"{}\" maxlength=\"200\"></div>",
        td_string!(l, directory_title), td_string!(l, directory_intro), td_string!(l, search_label),
        esc(filter.q.as_deref().unwrap_or("")),
    );
    let _ = write!(body, "<div class=\"field\"><label for=\"f-country\">{}</label><select id=\"f-country\" name=\"country\"><option value=\"\">{}</option>",
        td_string!(l, filter_country), td_string!(l, filter_any));
    for o in country_options.iter() {
        let sel = if filter.country.as_deref() == Some(o.value.as_str()) { " selected" } else { "" };
        let _ = write!(body, "<option value=\"{}\"{sel}>{} ({})</option>", esc(&o.value), esc(&o.label), o.count);
    }
    let _ = write!(body, "</select></div><div class=\"field\"><label for=\"f-kind\">{}</label><select id=\"f-kind\" name=\"kind\"><option value=\"\">{}</option>",
        td_string!(l, filter_kind), td_string!(l, filter_any));
    for k in app::organisations::OrganisationKind::ALL {
        let _ = write!(body, "<option value=\"{}\">{}</option>", k.code(), kind_label(l, *k));
    }
    let _ = write!(body, "</select></div><div class=\"field\"><label for=\"f-theme\">{}</label><select id=\"f-theme\" name=\"theme\"><option value=\"\">{}</option>",
        td_string!(l, filter_theme), td_string!(l, filter_any));
    for t in app::organisations::Theme::ALL {
        let _ = write!(body, "<option value=\"{}\">{}</option>", t.code(), theme_label(l, *t));
    }
    let _ = write!(body, "</select></div><div class=\"field\"><label for=\"f-network\">{}</label><select id=\"f-network\" name=\"network\"><option value=\"\">{}</option>",
        td_string!(l, filter_network), td_string!(l, filter_any));
    for o in network_options.iter() {
        let _ = write!(body, "<option value=\"{}\" dir=\"auto\">{}</option>", esc(&o.value), esc(&o.label));
    }
    let organisations = app::ui::count_organisations(l, total);
    let countries_text = app::ui::count_countries(l, country_count);
    let _ = write!(body, "</select></div></div><button type=\"submit\">{}</button></form><section class=\"results\"><p class=\"summary\">{}</p><ul class=\"card-list\">",
        td_string!(l, filter_apply), td_string!(l, summary_in, organisations, countries = countries_text));
    for c in &cards {
        card(&mut body, c);
    }
    let pages = (total + i64::from(PAGE_SIZE) - 1) / i64::from(PAGE_SIZE);
    let _ = write!(body, "</ul><nav class=\"pagination\"><span>Page {} of {}</span></nav></section>", filter.page, pages);
    Html(page(td_string!(l, directory_title), &body)).into_response()
}

async fn profile(State(db): State<Db>, Path(slug): Path<String>) -> Response {
    let l = Locale::en;
    let p = match queries::profile(&db, &slug, l).await {
        Ok(Some(p)) => p,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let mut body = String::with_capacity(8 * 1024);
    let _ = write!(body, "<article class=\"profile\"><p><span class=\"tag\">{}</span></p><h1 dir=\"auto\">{}</h1><p>{}, {}</p><h2>{}</h2><div class=\"prose\" dir=\"auto\">",
        kind_label(l, p.kind), esc(&p.name), esc(&p.city), esc(&p.country_name), td_string!(l, profile_about));
    for para in p.description.split("\n\n") {
        let _ = write!(body, "<p>{}</p>", esc(para.trim()));
    }
    let _ = write!(body, "</div><h2>{}</h2><dl class=\"details\"><dt>{}</dt><dd>", td_string!(l, profile_details), td_string!(l, profile_themes));
    for t in &p.themes {
        let _ = write!(body, "<a class=\"tag\" href=\"/organisations?theme={}\">{}</a> ", t.code(), theme_label(l, *t));
    }
    body.push_str("</dd></dl>");
    for (title, links) in [(td_string!(l, profile_member_of), &p.member_of), (td_string!(l, profile_members), &p.members)] {
        if links.is_empty() {
            continue;
        }
        let _ = write!(body, "<h2>{title}</h2><ul class=\"link-list\">");
        for link in links {
            let _ = write!(body, "<li><a href=\"/organisations/{}\" dir=\"auto\">{}</a> <bdi>{}</bdi></li>",
                esc(&link.slug), esc(&link.name), esc(&link.country_name));
        }
        body.push_str("</ul>");
    }
    // The profile's events, as Tadamun's page lists them (same query, same cache).
    let Ok((upcoming, past)) = app::events::queries::organisation_events(&db, &slug, l, app::now(), app::events::queries::PROFILE_EVENTS).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if !upcoming.is_empty() || !past.is_empty() {
        let _ = write!(body, "<section class=\"related\"><h2>{}</h2>", td_string!(l, events_title));
        for (heading, events) in [(td_string!(l, events_upcoming), &upcoming), (td_string!(l, events_past), &past)] {
            if events.is_empty() {
                continue;
            }
            let _ = write!(body, "<h3>{heading}</h3><ul class=\"card-list\">");
            for e in events {
                event_card(&mut body, e);
            }
            let _ = write!(body, "</ul><p><a href=\"/events?organiser={}\">{}</a></p>", esc(&slug), td_string!(l, events_see_all));
        }
        body.push_str("</section>");
    }
    body.push_str("</article>");
    Html(page(&p.name, &body)).into_response()
}

fn event_card(out: &mut String, c: &app::events::EventCard) {
    let l = Locale::en;
    let organisers: Vec<String> = c.organisers.iter().map(|o| o.name.clone()).collect();
    let _ = write!(
        out,
        "<li><article class=\"card event-card\"><p class=\"card-when\"><time datetime=\"{}\">{}</time> <span class=\"muted\"><bdi>{}</bdi></span></p>\
         <h3 class=\"card-title\"><a href=\"/events/{}\" dir=\"auto\">{}</a></h3>\
         <p class=\"card-meta\"><span class=\"tag\">{}</span> <bdi>{}</bdi></p>\
         <p class=\"card-organisers\"><span class=\"muted\">{}</span> <bdi>{}</bdi></p>\
         <p class=\"card-excerpt\" dir=\"auto\">{}</p></article></li>",
        esc(&c.when.start_iso), esc(&c.when.text), esc(&c.when.zone), esc(&c.slug), esc(&c.title),
        app::events::EventKind::code(c.kind), esc(&c.place), td_string!(l, event_organised_by),
        esc(&app::locale::join_list(l, &organisers)), esc(&c.summary),
    );
}

async fn event(State(db): State<Db>, Path(slug): Path<String>) -> Response {
    use app::events::{queries::event_detail, RsvpWindow};
    let l = Locale::en;
    let d = match event_detail(&db, &slug, l, app::now()).await {
        Ok(Some(d)) => d,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let json_ld = app::events::json_ld::event(&d, "http://127.0.0.1", l);
    let c = &d.card;
    let mut body = String::with_capacity(12 * 1024);
    let _ = write!(body, "<article class=\"event\"><header><p><span class=\"tag\">{}</span></p><h1 dir=\"auto\">{}</h1><p class=\"lead\">{}</p></header>\
        <section><h2>{}</h2><dl class=\"details\"><dt>{}</dt><dd><time datetime=\"{}\">{}</time> {}</dd><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd><ul>",
        app::events::EventKind::code(c.kind), esc(&c.title), esc(&c.summary), td_string!(l, event_when), td_string!(l, event_time_local),
        esc(&c.when.start_iso), esc(&c.when.text), esc(&c.when.zone), td_string!(l, event_time_utc), esc(&d.utc.text), td_string!(l, event_organisers));
    for o in &c.organisers {
        let _ = write!(body, "<li><a href=\"/organisations/{}\" dir=\"auto\">{}</a></li>", esc(&o.slug), esc(&o.name));
    }
    let _ = write!(body, "</ul></dd></dl><p><a href=\"/events/{}.ics\">{}</a></p></section><section id=\"rsvp\"><h2>{}</h2>",
        esc(&c.slug), td_string!(l, event_add_to_calendar), td_string!(l, rsvp_heading));
    if matches!(d.rsvp, RsvpWindow::Open | RsvpWindow::WaitlistOnly) {
        let _ = write!(body, "<form method=\"post\" action=\"/api/rsvp\"><input type=\"hidden\" name=\"slug\" value=\"{}\">\
            <label for=\"e\">{}</label><input id=\"e\" name=\"email\" type=\"email\" required><button>{}</button></form>",
            esc(&c.slug), td_string!(l, field_email), td_string!(l, rsvp_submit));
    } else {
        let _ = write!(body, "<p>{}</p>", td_string!(l, rsvp_problem_over));
    }
    let _ = write!(body, "</section><section><h2>{}</h2><div class=\"prose\">{}</div></section><section><h2>{}</h2><ul class=\"speakers\">",
        td_string!(l, event_about), d.description_html, td_string!(l, event_speakers));
    for sp in &d.speakers {
        let _ = write!(body, "<li class=\"speaker\"><p><strong dir=\"auto\">{}</strong> <span class=\"tag\">{}</span></p><p>{}</p><p dir=\"auto\">{}</p></li>",
            esc(&sp.name), app::events::SpeakerRole::code(sp.role), esc(&sp.affiliation), esc(&sp.bio));
    }
    let _ = write!(body, "</ul></section><script type=\"application/ld+json\">{}</script></article>", json_ld);
    Html(page(&c.title, &body)).into_response()
}
