//! Plain text cut to size: directory cards and page descriptions.

/// The start of `text`'s first paragraph, cut at a word boundary, with an ellipsis if anything
/// was cut.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let first_paragraph = text.split("\n\n").next().unwrap_or("").trim();
    if first_paragraph.chars().count() <= max_chars {
        return first_paragraph.to_string();
    }
    let cut: String = first_paragraph.chars().take(max_chars).collect();
    let end = cut.rfind(char::is_whitespace).unwrap_or(cut.len());
    format!("{}…", cut[..end].trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_cut_at_a_word_and_keep_short_text_whole() {
        assert_eq!(excerpt("Short text.", 50), "Short text.");
        assert_eq!(excerpt("One two three four", 10), "One two…");
        assert_eq!(excerpt("First paragraph.\n\nSecond.", 100), "First paragraph.");
        assert_eq!(excerpt("تضامن مع المزارعين في كل مكان", 12), "تضامن مع…");
    }
}
