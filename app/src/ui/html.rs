//! HTML written by hand, where building it as views costs more than it gives: mail bodies,
//! and the filter form's hundreds of `<option>`s (as views they were an eighth of the
//! directory page's instructions; as one string, a small part of that).

use std::fmt::Write;

/// Text made safe inside HTML elements and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

pub fn push_escaped(out: &mut String, text: &str) {
    // Byte by byte: the five characters are ASCII, so cutting the text at them keeps UTF-8 whole.
    let mut clean_from = 0;
    for (at, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[clean_from..at]);
        out.push_str(entity);
        clean_from = at + 1;
    }
    out.push_str(&text[clean_from..]);
}

/// One `<option>` of a `<select>`; `selected` when its value is the current choice.
#[derive(Debug, Clone, Copy)]
pub struct Choice<'a> {
    pub value: &'a str,
    pub label: &'a str,
    /// Shown after the label in brackets: how many results choosing it gives.
    pub count: Option<i64>,
}

/// The `<option>`s of a select, the first one `any` (the empty value). `extra` goes into
/// every option's tag (`dir="auto"` for names written in any script).
pub fn options<'a>(any: &str, choices: impl IntoIterator<Item = Choice<'a>>, current: &str, extra: &str) -> String {
    let choices = choices.into_iter();
    // About what a country's option takes, so the string seldom grows.
    let mut out = String::with_capacity(48 * (choices.size_hint().0 + 1));
    out.push_str("<option value=\"\">");
    push_escaped(&mut out, any);
    out.push_str("</option>");
    for choice in choices {
        let selected = choice.value == current;
        push_option(&mut out, choice, selected, extra);
    }
    out
}

pub fn push_option(out: &mut String, choice: Choice, selected: bool, extra: &str) {
    out.push_str("<option value=\"");
    push_escaped(out, choice.value);
    out.push('"');
    if selected {
        out.push_str(" selected");
    }
    out.push_str(extra);
    out.push('>');
    push_escaped(out, choice.label);
    if let Some(count) = choice.count {
        let _ = write!(out, " ({count})");
    }
    out.push_str("</option>");
}

/// Options written by `options` with nothing selected, now with `value` selected; `None` if
/// no option has that value.
pub fn select_option(options: &str, value: &str) -> Option<String> {
    let tag = format!("<option value=\"{}\"", escape(value));
    let end_of_value = options.find(&tag)? + tag.len();
    Some([&options[..end_of_value], " selected", &options[end_of_value..]].concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_both_quotes() {
        assert_eq!(escape(r#"<b>"Tom" & 'Jerry'</b>"#), "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
        assert_eq!(escape("بلدنا"), "بلدنا");
    }

    #[test]
    fn options_mark_the_current_choice_and_escape_names() {
        let choices = [
            Choice { value: "PS", label: "Palestine", count: Some(12) },
            Choice { value: "x\"y", label: "<A & B>", count: None },
        ];
        let html = options("Any", choices, "PS", " dir=\"auto\"");
        assert_eq!(
            html,
            "<option value=\"\">Any</option>\
             <option value=\"PS\" selected dir=\"auto\">Palestine (12)</option>\
             <option value=\"x&quot;y\" dir=\"auto\">&lt;A &amp; B&gt;</option>"
        );
    }

    #[test]
    fn an_option_is_selected_afterwards_by_its_whole_value() {
        let choices = [
            Choice { value: "PS", label: "Palestine", count: None },
            Choice { value: "P", label: "P", count: None },
            Choice { value: "a&b", label: "A and B", count: None },
        ];
        let written = options("Any", choices, "", "");
        assert_eq!(
            select_option(&written, "P").as_deref(),
            Some("<option value=\"\">Any</option><option value=\"PS\">Palestine</option>\
                  <option value=\"P\" selected>P</option><option value=\"a&amp;b\">A and B</option>")
        );
        assert!(select_option(&written, "a&b").is_some_and(|html| html.contains("\"a&amp;b\" selected>")));
        assert_eq!(select_option(&written, "XX"), None);
    }

    #[test]
    fn nothing_is_selected_when_the_choice_is_empty() {
        let html = options("Any", [Choice { value: "PS", label: "Palestine", count: None }], "", "");
        assert!(!html.contains("selected"), "{html}");
    }
}
