//! Locale helpers: codes, text direction and the path prefix of each interface language.
use crate::i18n::Locale;

pub const ALL: [Locale; 4] = [Locale::en, Locale::ar, Locale::fr, Locale::es];

/// The cookie that remembers an explicit language choice (leptos_i18n reads the same name).
pub const COOKIE: &str = "i18n_pref_locale";

pub fn code(locale: Locale) -> &'static str {
    match locale {
        Locale::en => "en",
        Locale::ar => "ar",
        Locale::fr => "fr",
        Locale::es => "es",
    }
}

pub fn from_code(code: &str) -> Option<Locale> {
    ALL.into_iter().find(|l| self::code(*l) == code)
}

/// The language a page without a prefix is rendered in for a reader with this
/// `Accept-Language` and no choice remembered: the header split as leptos-use splits it, then
/// matched as leptos_i18n matches it, so the answer is the one the page will have.
#[cfg(feature = "ssr")]
pub fn from_accept_language(header: &str) -> Locale {
    let accepted: Vec<&str> = header.split(',').map(|l| l.split_once(';').map_or(l, |(tag, _)| tag)).collect();
    <Locale as leptos_i18n::Locale>::find_locale(&accepted)
}

/// The language's name in itself, as a language switcher shows it.
pub fn autonym(locale: Locale) -> &'static str {
    language_autonym(code(locale)).unwrap_or("")
}

/// Autonyms of the languages organisations commonly work in. Shown as is in every interface
/// language, the way language pickers do, so no translation table is needed.
pub fn language_autonym(code: &str) -> Option<&'static str> {
    Some(match code {
        "en" => "English",
        "ar" => "العربية",
        "fr" => "Français",
        "es" => "Español",
        "de" => "Deutsch",
        "it" => "Italiano",
        "pt" => "Português",
        "he" => "עברית",
        "tr" => "Türkçe",
        "fa" => "فارسی",
        "ur" => "اردو",
        "sr" => "Српски",
        "nl" => "Nederlands",
        "sw" => "Kiswahili",
        "ru" => "Русский",
        "zh" => "中文",
        "ja" => "日本語",
        "ko" => "한국어",
        "hi" => "हिन्दी",
        "id" => "Bahasa Indonesia",
        "pl" => "Polski",
        "el" => "Ελληνικά",
        _ => return None,
    })
}

/// Joins list items with the comma of the interface language (Arabic has its own: «،»).
pub fn join_list(locale: Locale, items: &[String]) -> String {
    items.join(if locale == Locale::ar { "، " } else { ", " })
}

pub fn is_rtl_language(code: &str) -> bool {
    matches!(code, "ar" | "he" | "fa" | "ur")
}

/// `/organisations` in Arabic is `/ar/organisations`; English lives at the root.
pub fn localise_path(locale: Locale, path: &str) -> String {
    let prefix = match locale {
        Locale::en => return path.to_string(),
        other => code(other),
    };
    if path == "/" || path.is_empty() {
        format!("/{prefix}")
    } else {
        format!("/{prefix}{path}")
    }
}

/// The path without its language prefix, so it can be given another one.
pub fn strip_locale_prefix(path: &str) -> &str {
    for locale in ALL {
        if locale == Locale::en {
            continue;
        }
        let prefix = format!("/{}", code(locale));
        if let Some(rest) = path.strip_prefix(prefix.as_str()) {
            if rest.is_empty() {
                return "/";
            }
            if rest.starts_with('/') {
                return &path[prefix.len()..];
            }
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_lives_at_the_root_and_others_under_a_prefix() {
        assert_eq!(localise_path(Locale::en, "/organisations"), "/organisations");
        assert_eq!(localise_path(Locale::ar, "/organisations"), "/ar/organisations");
        assert_eq!(localise_path(Locale::fr, "/"), "/fr");
    }

    #[test]
    fn prefix_is_stripped_only_at_a_segment_boundary() {
        assert_eq!(strip_locale_prefix("/ar/organisations"), "/organisations");
        assert_eq!(strip_locale_prefix("/es"), "/");
        assert_eq!(strip_locale_prefix("/arabic-culture"), "/arabic-culture");
        assert_eq!(strip_locale_prefix("/organisations"), "/organisations");
    }

    #[test]
    fn codes_round_trip() {
        for l in ALL {
            assert_eq!(from_code(code(l)), Some(l));
        }
        assert_eq!(from_code("de"), None);
    }
}
