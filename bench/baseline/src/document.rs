//! The document around every page, as Tadamun's shell, `App` and `Layout` write it for an
//! English reader who is not logged in.
use crate::Baseline;
use app::i18n::*;
use app::locale::{self, localise_path, strip_locale_prefix};
use axum::http::{header, HeaderValue, Uri};
use axum::response::{Html, IntoResponse, Response};
use std::fmt::Write;

const L: Locale = Locale::en;

/// Text inside an element, escaped as Leptos escapes it.
pub fn text(out: &mut String, s: &str) {
    out.push_str(&html_escape::encode_text(s));
}

/// A double-quoted attribute's value, escaped as Leptos escapes it.
pub fn attr(out: &mut String, s: &str) {
    out.push_str(&html_escape::encode_double_quoted_attribute(s));
}

/// A page: its `<title>` (before " · Tadamun"), its description, its address without language
/// prefix (for the canonical and alternate-language links), the content of `<main>`, and the
/// nonce its scripts carry.
pub struct Page<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub path: &'a str,
    pub main: String,
    pub nonce: String,
}

/// A response's nonce, made as Leptos makes it.
pub fn new_nonce() -> String {
    leptos::nonce::Nonce::new().to_string()
}

#[allow(clippy::needless_pass_by_value)] // the page is done with once written
pub fn respond(b: &Baseline, uri: &Uri, page: Page) -> Response {
    let nonce = &page.nonce;
    let mut out = String::with_capacity(page.main.len() + 8 * 1024);
    out.push_str(
        "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
    );
    b.head.write(&mut out);
    out.push_str("<link href=\"/favicon.svg\" rel=\"icon\" type=\"image/svg+xml\"><meta name=\"color-scheme\" content=\"light\">");
    let description = app::ui::excerpt(page.description, 160);
    let url = |l: Locale| format!("{}{}", b.public_url, localise_path(l, page.path));
    out.push_str("<meta name=\"description\" content=\"");
    attr(&mut out, &description);
    out.push_str("\"><link href=\"");
    attr(&mut out, &url(L));
    out.push_str("\" rel=\"canonical\">");
    for l in locale::ALL {
        out.push_str("<link href=\"");
        attr(&mut out, &url(l));
        let _ = write!(out, "\" hreflang=\"{}\" rel=\"alternate\">", locale::code(l));
    }
    out.push_str("<link href=\"");
    attr(&mut out, &url(L));
    let _ = write!(
        out,
        "\" hreflang=\"x-default\" rel=\"alternate\"><meta property=\"og:type\" content=\"website\">\
         <meta property=\"og:site_name\" content=\"{}\"><meta property=\"og:title\" content=\"",
        td_string!(L, site_name)
    );
    attr(&mut out, page.title);
    out.push_str("\"><meta property=\"og:description\" content=\"");
    attr(&mut out, &description);
    out.push_str("\"><meta property=\"og:url\" content=\"");
    attr(&mut out, &url(L));
    out.push_str(
        "\"><meta property=\"og:locale\" content=\"en_GB\"><meta property=\"og:locale:alternate\" content=\"ar_AR\">\
         <meta property=\"og:locale:alternate\" content=\"fr_FR\"><meta property=\"og:locale:alternate\" content=\"es_ES\"><title>",
    );
    out.push_str(&app::ui::html::escape(&format!("{} · {}", page.title, td_string!(L, site_name))));
    out.push_str("</title></head><body>");
    header(&mut out, uri);
    out.push_str("<main id=\"main\" tabindex=\"-1\" class=\"wrap\">");
    out.push_str(&page.main);
    let _ = write!(
        out,
        "</main><footer class=\"site-footer\"><div class=\"wrap\"><p>{}</p></div></footer><script></script></body></html>\
         <script nonce=\"{nonce}\">__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];</script>\
         <script nonce=\"{nonce}\">__INCOMPLETE_CHUNKS=[];</script>",
        td_string!(L, footer_text)
    );
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    );
    let mut response = Html(out).into_response();
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response.headers_mut().insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

/// Skip link, brand, navigation, the logged-out account menu and the language switcher.
fn header(out: &mut String, uri: &Uri) {
    let _ = write!(
        out,
        "<a href=\"#main\" class=\"skip-link\">{}</a><header class=\"site-header\"><div class=\"wrap header-row\">\
         <a href=\"{}\" class=\"brand\"><span class=\"brand-name\">{}</span><span class=\"brand-tagline\">{}</span></a>\
         <nav aria-label=\"{}\"><ul class=\"nav-list\"><li><a href=\"{}\">{}</a></li><li><a href=\"{}\">{}</a></li>\
         <li><a href=\"{}\">{}</a></li><li><a href=\"{}\">{}</a></li></ul></nav>\
         <ul class=\"account-menu\"><li><a href=\"{}\">{}</a></li><li><a href=\"{}\">{}</a></li></ul>\
         <form method=\"post\" action=\"/language\" class=\"language-switcher\"><fieldset>\
         <legend class=\"visually-hidden\">{}</legend><input type=\"hidden\" name=\"next\" value=\"",
        td_string!(L, skip_to_content),
        localise_path(L, "/"),
        td_string!(L, site_name),
        td_string!(L, site_tagline),
        td_string!(L, nav_label),
        localise_path(L, "/"),
        td_string!(L, nav_home),
        localise_path(L, "/organisations"),
        td_string!(L, nav_organisations),
        localise_path(L, "/events"),
        td_string!(L, nav_events),
        localise_path(L, "/actions"),
        td_string!(L, nav_actions),
        localise_path(L, "/log-in"),
        td_string!(L, nav_log_in),
        localise_path(L, "/sign-up"),
        td_string!(L, nav_sign_up),
        td_string!(L, language_label),
    );
    let bare = strip_locale_prefix(uri.path());
    match uri.query().filter(|q| !q.is_empty()) {
        Some(query) => attr(out, &format!("{bare}?{query}")),
        None => attr(out, bare),
    }
    out.push_str("\">");
    for l in locale::ALL {
        let code = locale::code(l);
        let _ = write!(out, "<button type=\"submit\" name=\"locale\" value=\"{code}\" lang=\"{code}\"");
        if l == L {
            out.push_str(" aria-current=\"true\"");
        }
        let _ = write!(out, ">{}</button>", locale::autonym(l));
    }
    out.push_str("</fieldset></form></div></header>");
}
