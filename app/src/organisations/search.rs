//! Text normalisation for search, shared by indexing and querying so both sides agree.
//!
//! Arabic is written with optional short vowels (harakat) and elongation (tatweel), and several
//! letters have spelling variants; Latin scripts carry accents that searchers often omit. Both
//! the stored search text and the query are folded the same way, and matching is by substring,
//! so «وبلدنا» still finds «بلدنا».

/// Folds `text` for matching: lower case, no diacritics, Arabic letter variants unified,
/// runs of whitespace and punctuation turned into one space.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    for c in text.chars().flat_map(char::to_lowercase) {
        let folded = match c {
            // Arabic harakat, superscript alef and tatweel carry no meaning for matching.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => continue,
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ئ' => 'ي',
            'ة' => 'ه',
            'ؤ' => 'و',
            c => fold_latin(c),
        };
        if folded.is_alphanumeric() {
            out.push(folded);
            last_space = false;
        } else if !last_space {
            out.push(' ');
            last_space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The search terms of a query: normalised words, at most `MAX_TERMS` of them, each reduced
/// to the part that must appear in a match.
pub fn terms(query: &str) -> Vec<String> {
    normalise(query)
        .split(' ')
        .filter(|t| !t.is_empty())
        .take(MAX_TERMS)
        .map(|t| without_proclitic(t).to_string())
        .collect()
}

/// Arabic attaches conjunctions, prepositions and the article to the word: «وبلدنا» is
/// "and our country". Matching is by substring, so the stored «بلدنا» is found by searching
/// the bare stem; the longest such prefix is dropped when at least three letters remain.
fn without_proclitic(term: &str) -> &str {
    const PROCLITICS: [&str; 11] = ["وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ك", "ل"];
    for prefix in PROCLITICS {
        if let Some(rest) = term.strip_prefix(prefix) {
            if rest.chars().count() >= 3 {
                return rest;
            }
        }
    }
    term
}

pub const MAX_TERMS: usize = 8;

/// Accented Latin letters to their base letter, for the languages the networks write in.
fn fold_latin(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'æ' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'œ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ß' => 's',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn harakat_and_tatweel_are_ignored() {
        assert_eq!(normalise("بَلَدُنا"), normalise("بلدنا"));
        assert_eq!(normalise("بلـــدنا"), "بلدنا");
    }

    #[test]
    fn alef_variants_match_plain_alef() {
        assert_eq!(normalise("إتحاد"), normalise("اتحاد"));
        assert!(normalise("وبلدنا").contains(&normalise("بلدنا")));
    }

    #[test]
    fn accents_and_case_are_folded() {
        assert_eq!(normalise("Coopération ÉCOLE"), "cooperation ecole");
        assert_eq!(normalise("Solidaridad, Paz!"), "solidaridad paz");
    }

    #[test]
    fn arabic_prefixes_are_dropped_from_search_terms() {
        assert_eq!(terms("وبلدنا"), vec!["بلدنا"]);
        assert_eq!(terms("والشباب"), vec!["شباب"]);
        // Too short a remainder: the letter is part of the word.
        assert_eq!(terms("وطن"), vec!["وطن"]);
        assert_eq!(terms("Baladna"), vec!["baladna"]);
    }

    #[test]
    fn terms_are_limited_and_non_empty() {
        assert_eq!(terms("  peace   youth "), vec!["peace", "youth"]);
        assert_eq!(terms("a b c d e f g h i j").len(), MAX_TERMS);
        assert!(terms("!!! ---").is_empty());
    }
}
