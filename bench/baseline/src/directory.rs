//! `/organisations` as `app::organisations::directory` writes it: the filter form, then the
//! results inside the island that makes them follow the form.
use crate::document::{attr, new_nonce, respond, text, Page};
use crate::Baseline;
use app::i18n::*;
use app::locale::{language_autonym, localise_path};
use app::organisations::filter_options::{self, Label};
use app::organisations::{
    countries, is_slug, queries, DirectoryNotice, DirectoryQuery, FacetOption, OrganisationCard, OrganisationKind, Theme,
    PAGE_SIZE,
};
use app::ui::{directory_summary, kind_label, theme_label};
use axum::extract::{Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::fmt::Write;

const L: Locale = Locale::en;

pub async fn page(State(b): State<Baseline>, Query(fields): Query<HashMap<String, String>>, uri: Uri) -> Response {
    let query = DirectoryQuery::from_fields(|name| fields.get(name).cloned());
    // The results, as `search_organisations` finds them.
    let (mut filter, mut notices) = query.validate(countries::exists);
    if let Some(network) = filter.network.clone() {
        match queries::slug_exists(&b.db, &network).await {
            Ok(true) => {}
            Ok(false) => {
                notices.push(DirectoryNotice::UnknownNetwork(network));
                filter.network = None;
            }
            Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        }
    }
    let Ok((cards, total, country_count)) = queries::search_page(&b.db, &filter, L).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let pages = u32::try_from((total + i64::from(PAGE_SIZE) - 1) / i64::from(PAGE_SIZE)).unwrap_or(u32::MAX);
    // The filters' choices, as `fetch_facets` finds them.
    let network = query.network.clone().filter(|n| is_slug(n));
    let (Ok(countries), Ok(networks)) =
        (queries::country_options(&b.db, L).await, queries::network_options(&b.db, L, network.as_deref()).await)
    else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };

    let mut out = String::with_capacity(40 * 1024);
    let _ = write!(out, "<h1>{}</h1><p class=\"lead\">{}</p>", td_string!(L, directory_title), td_string!(L, directory_intro));
    filter_form(&mut out, &query, &countries, &networks);
    out.push_str("<leptos-island data-component=\"DirectoryLive\" data-props=\"{&quot;locale&quot;:&quot;en&quot;}\">");
    let _ = write!(
        out,
        "<section aria-labelledby=\"results-heading\" class=\"results\"><h2 id=\"results-heading\" class=\"visually-hidden\">{}</h2><div class=\"first-results\"><leptos-children>",
        td_string!(L, results_label)
    );
    results(&mut out, &query, &notices, &cards, total, country_count, filter.page, pages);
    out.push_str("</leptos-children></div></section></leptos-island>");
    let nonce = new_nonce();
    b.head.write_loader(&mut out, &nonce);
    let page = Page { title: td_string!(L, directory_title), description: td_string!(L, directory_intro), path: "/organisations", main: out, nonce };
    respond(&b, &uri, page)
}

fn filter_form(out: &mut String, query: &DirectoryQuery, countries: &std::sync::Arc<[FacetOption]>, networks: &std::sync::Arc<[FacetOption]>) {
    let current = |value: &Option<String>| value.clone().unwrap_or_default();
    let (kind, theme, network) = (current(&query.kind), current(&query.theme), current(&query.network));
    let any = td_string!(L, filter_any);
    let country_options = filter_options::options(L, any, countries, Label::WithCount, &current(&query.country));
    let network_options = if network.is_empty() || networks.iter().any(|o| o.value == network) {
        filter_options::options(L, any, networks, Label::Name, &network)
    } else {
        let unknown = FacetOption { label: network.clone(), value: network, count: 0 };
        filter_options::options_with(L, any, networks, Label::Name, &unknown)
    };
    out.push_str("<form method=\"get\" action=\"");
    attr(out, &localise_path(L, "/organisations"));
    let _ = write!(
        out,
        "\" role=\"search\" class=\"filters\"><h2 class=\"visually-hidden\">{}</h2><div class=\"filter-grid\">\
         <div class=\"field field-search\"><label for=\"f-q\">{}</label><input id=\"f-q\" type=\"search\" name=\"q\" value=\"",
        td_string!(L, filters_label),
        td_string!(L, search_label)
    );
    attr(out, &current(&query.q));
    let _ = write!(
        out,
        "\" maxlength=\"200\" aria-describedby=\"f-q-hint\" autocomplete=\"off\"><p id=\"f-q-hint\" class=\"hint\">{}</p></div>\
         <div class=\"field\"><label for=\"f-country\">{}</label><select id=\"f-country\" name=\"country\">{country_options}</select></div>\
         <div class=\"field\"><label for=\"f-kind\">{}</label><select id=\"f-kind\" name=\"kind\"><option value=\"\">{any}</option>",
        td_string!(L, search_hint),
        td_string!(L, filter_country),
        td_string!(L, filter_kind),
    );
    for k in OrganisationKind::ALL {
        let selected = if kind == k.code() { " selected" } else { "" };
        let _ = write!(out, "<option value=\"{}\"{selected}>{}</option>", k.code(), kind_label(L, *k));
    }
    let _ = write!(
        out,
        "</select></div><div class=\"field\"><label for=\"f-theme\">{}</label><select id=\"f-theme\" name=\"theme\"><option value=\"\">{any}</option>",
        td_string!(L, filter_theme)
    );
    for t in Theme::ALL {
        let selected = if theme == t.code() { " selected" } else { "" };
        let _ = write!(out, "<option value=\"{}\"{selected}>{}</option>", t.code(), theme_label(L, *t));
    }
    let _ = write!(
        out,
        "</select></div><div class=\"field\"><label for=\"f-network\">{}</label><select id=\"f-network\" name=\"network\">{network_options}</select></div></div>\
         <div class=\"filter-actions\"><button type=\"submit\">{}</button></div></form>",
        td_string!(L, filter_network),
        td_string!(L, filter_apply)
    );
}

#[allow(clippy::too_many_arguments)]
fn results(
    out: &mut String,
    query: &DirectoryQuery,
    notices: &[DirectoryNotice],
    cards: &[OrganisationCard],
    total: i64,
    country_count: i64,
    page: u32,
    pages: u32,
) {
    let base = localise_path(L, "/organisations");
    out.push_str("<div role=\"status\" class=\"notices\">");
    for notice in notices {
        out.push_str("<p class=\"notice\">");
        text(out, &notice.clone().message(L));
        out.push_str("</p>");
    }
    out.push_str("<p class=\"summary\">");
    text(out, &directory_summary(L, total, country_count));
    out.push_str("</p></div>");
    let empty = cards.is_empty();
    let clear = query.has_filters().then(|| base.clone());
    if let (Some(href), false) = (&clear, empty) {
        out.push_str("<p class=\"clear-filters\"><a href=\"");
        attr(out, href);
        let _ = write!(out, "\">{}</a></p>", td_string!(L, filter_clear));
    }
    if empty && total > 0 {
        let _ = write!(out, "<p class=\"empty\">{} <a href=\"", td_string!(L, results_past_end));
        attr(out, &format!("{base}{}", query.with_page(1)));
        let _ = write!(out, "\">{}</a></p>", td_string!(L, results_first_page));
    } else if empty {
        let _ = write!(out, "<p class=\"empty\">{}", td_string!(L, results_none));
        if let Some(href) = &clear {
            out.push_str(" <a href=\"");
            attr(out, href);
            let _ = write!(out, "\">{}</a>", td_string!(L, filter_clear));
        }
        out.push_str("</p>");
    } else {
        out.push_str("<ul class=\"card-list\">");
        for card in cards {
            out.push_str("<li>");
            organisation_card(out, card);
            out.push_str("</li>");
        }
        out.push_str("</ul>");
        pagination(out, &base, query, page, pages);
    }
}

fn pagination(out: &mut String, base: &str, query: &DirectoryQuery, page: u32, pages: u32) {
    if pages <= 1 {
        return;
    }
    let _ = write!(out, "<nav aria-label=\"{}\" class=\"pagination\">", td_string!(L, pagination_label));
    if page > 1 {
        out.push_str("<a rel=\"prev\" href=\"");
        attr(out, &format!("{base}{}", query.with_page(page - 1)));
        let _ = write!(out, "\">{}</a>", td_string!(L, page_previous));
    }
    out.push_str("<span aria-current=\"page\">");
    text(out, &td_string!(L, page_of, page, pages));
    out.push_str("</span>");
    if page < pages {
        out.push_str("<a rel=\"next\" href=\"");
        attr(out, &format!("{base}{}", query.with_page(page + 1)));
        let _ = write!(out, "\">{}</a>", td_string!(L, page_next));
    }
    out.push_str("</nav>");
}

fn organisation_card(out: &mut String, c: &OrganisationCard) {
    let lang = c.fallback_language.as_deref().map(|l| format!(" lang=\"{}\"", html_escape::encode_double_quoted_attribute(l)));
    let lang = lang.as_deref().unwrap_or("");
    out.push_str("<article class=\"card\"><h3 class=\"card-title\"><a href=\"");
    attr(out, &localise_path(L, &format!("/organisations/{}", c.slug)));
    let _ = write!(out, "\"{lang} dir=\"auto\">");
    text(out, &c.name);
    let _ = write!(out, "</a></h3><p class=\"card-meta\"><span class=\"tag\">{}</span>", kind_label(L, c.kind));
    let place = app::organisations::place(L, &c.city, &c.country_name);
    if !place.is_empty() {
        out.push_str(" <bdi>");
        text(out, &place);
        out.push_str("</bdi>");
    }
    if c.verified {
        let _ = write!(out, " <span class=\"badge-verified\">{}</span>", td_string!(L, verified));
    }
    let _ = write!(out, "</p><p{lang} dir=\"auto\" class=\"card-excerpt\">");
    text(out, &c.excerpt);
    out.push_str("</p>");
    if let Some(language) = &c.fallback_language {
        let language = language_autonym(language).unwrap_or("?");
        out.push_str("<p class=\"fallback-note\">");
        text(out, &td_string!(L, fallback_note, language));
        out.push_str("</p>");
    }
    out.push_str("</article>");
}
