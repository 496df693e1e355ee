//! Event descriptions and reports are Markdown written by editors. They become HTML on the
//! server and pass through ammonia, so whatever an editor pastes cannot run script, load
//! anything from another origin, or break the page.
use pulldown_cmark::{html, Options, Parser};

pub fn to_safe_html(markdown: &str) -> String {
    if markdown.trim().is_empty() {
        return String::new();
    }
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES));
    ammonia::Builder::default()
        // Images would be requests to other origins; links stay, marked as leaving the site.
        .rm_tags(&["img"])
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::to_safe_html;

    #[test]
    fn markdown_becomes_html() {
        let html = to_safe_html("## Programme\n\n- **Opening**\n- [Recording](https://example.org/v)");
        assert!(html.contains("<h2>Programme</h2>"), "{html}");
        assert!(html.contains("<strong>Opening</strong>"));
        assert!(html.contains("<a href=\"https://example.org/v\" rel=\"noopener noreferrer nofollow\">Recording</a>"), "{html}");
    }

    #[test]
    fn scripts_handlers_and_foreign_images_are_removed() {
        let html = to_safe_html(
            "<script>alert(1)</script>\n\n<a href=\"javascript:alert(1)\" onclick=\"x()\">x</a> ![t](https://tracker.example/p.gif)",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("tracker.example"), "{html}");
    }
}
