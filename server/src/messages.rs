//! Short plain-text answers the server gives outside the pages (403, 413, a bad language
//! choice), in the reader's language: the one they chose (cookie), else the one their browser
//! prefers, else English.
use app::i18n::*;
use app::locale;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

#[derive(Debug, Clone, Copy)]
pub enum Message {
    CrossSite,
    TooLarge,
    TooSlow,
    UnknownLanguage,
}

pub fn reader_locale(headers: &HeaderMap) -> Locale {
    let from_cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == locale::COOKIE)
        .and_then(|(_, value)| locale::from_code(value));
    from_cookie
        .or_else(|| {
            let accept = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
            accept
                .split(',')
                .filter_map(|tag| tag.split(';').next())
                .filter_map(|tag| tag.trim().split('-').next())
                .find_map(|primary| locale::from_code(&primary.to_ascii_lowercase()))
        })
        .unwrap_or(Locale::en)
}

pub fn text(message: Message, locale: Locale) -> &'static str {
    match message {
        Message::CrossSite => td_string!(locale, error_cross_site),
        Message::TooLarge => td_string!(locale, error_too_large),
        Message::TooSlow => td_string!(locale, error_too_slow),
        Message::UnknownLanguage => td_string!(locale, error_unknown_language),
    }
}

pub fn respond(status: StatusCode, message: Message, headers: &HeaderMap) -> Response {
    let locale = reader_locale(headers);
    let mut response = (status, text(message, locale)).into_response();
    if let Ok(lang) = HeaderValue::from_str(locale::code(locale)) {
        response.headers_mut().insert(header::CONTENT_LANGUAGE, lang);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn the_chosen_language_wins_over_the_browser_preference() {
        let h = headers(&[("cookie", "a=b; i18n_pref_locale=fr"), ("accept-language", "ar")]);
        assert_eq!(reader_locale(&h), Locale::fr);
    }

    #[test]
    fn the_browser_preference_is_used_when_nothing_was_chosen() {
        assert_eq!(reader_locale(&headers(&[("accept-language", "de-DE, es-ES;q=0.8, en;q=0.5")])), Locale::es);
        assert_eq!(reader_locale(&headers(&[("accept-language", "de")])), Locale::en);
        assert_eq!(reader_locale(&HeaderMap::new()), Locale::en);
    }
}
