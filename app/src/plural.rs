//! Plural forms of counts, by the CLDR rules of our four languages.
//!
//! Chosen here rather than by leptos_i18n's `plurals` feature: that feature compiles ICU's
//! plural data for every locale into the wasm bundle, which was most of its size. For whole
//! numbers the rules of en, fr, es and ar are a few lines each. Every locale file defines all
//! six forms of a count (`zero`, `one`, `two`, `few`, `many`, `other`); a language that has
//! no use for a form repeats its `other` text there.
use crate::i18n::Locale;

/// CLDR plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralForm {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The form a count of `n` takes in `locale`.
pub fn form(locale: Locale, n: i64) -> PluralForm {
    let n = n.unsigned_abs();
    let millions = n != 0 && n.is_multiple_of(1_000_000);
    match locale {
        Locale::en => match n {
            1 => PluralForm::One,
            _ => PluralForm::Other,
        },
        // "1 million d'organisations", "1 millón de organizaciones".
        Locale::fr => match n {
            0 | 1 => PluralForm::One,
            _ if millions => PluralForm::Many,
            _ => PluralForm::Other,
        },
        Locale::es => match n {
            1 => PluralForm::One,
            _ if millions => PluralForm::Many,
            _ => PluralForm::Other,
        },
        Locale::ar => match (n, n % 100) {
            (0, _) => PluralForm::Zero,
            (1, _) => PluralForm::One,
            (2, _) => PluralForm::Two,
            (_, 3..=10) => PluralForm::Few,
            (_, 11..=99) => PluralForm::Many,
            _ => PluralForm::Other,
        },
    }
}

/// A count with its noun in `locale`: `count!(locale, count_organisations, n)` reads the
/// six forms under that key of the locale files.
macro_rules! count {
    ($locale:expr, $key:ident, $n:expr) => {{
        let (locale, count): ($crate::i18n::Locale, i64) = ($locale, $n);
        match $crate::plural::form(locale, count) {
            $crate::plural::PluralForm::Zero => $crate::i18n::td_string!(locale, $key.zero, count).to_string(),
            $crate::plural::PluralForm::One => $crate::i18n::td_string!(locale, $key.one, count).to_string(),
            $crate::plural::PluralForm::Two => $crate::i18n::td_string!(locale, $key.two, count).to_string(),
            $crate::plural::PluralForm::Few => $crate::i18n::td_string!(locale, $key.few, count).to_string(),
            $crate::plural::PluralForm::Many => $crate::i18n::td_string!(locale, $key.many, count).to_string(),
            $crate::plural::PluralForm::Other => $crate::i18n::td_string!(locale, $key.other, count).to_string(),
        }
    }};
}
pub(crate) use count;

#[cfg(test)]
mod tests {
    use super::*;
    use PluralForm::*;

    #[test]
    fn arabic_has_six_forms() {
        let forms: Vec<_> = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000].map(|n| form(Locale::ar, n)).into();
        assert_eq!(forms, [Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Many, Other]);
    }

    #[test]
    fn french_counts_zero_as_singular_and_millions_apart() {
        assert_eq!([0, 1, 2, 1_000_000, 1_000_001].map(|n| form(Locale::fr, n)), [One, One, Other, Many, Other]);
        assert_eq!([0, 1, 2, 2_000_000].map(|n| form(Locale::es, n)), [Other, One, Other, Many]);
        assert_eq!([0, 1, 2, 1_000_000].map(|n| form(Locale::en, n)), [Other, One, Other, Other]);
    }
}
