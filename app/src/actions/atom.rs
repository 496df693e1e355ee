//! The Atom feed of the actions list (`/actions.atom`, `/ar/actions.atom`, with the list's
//! filters): public facts only, each entry linking to the action's page.
use super::labels::action_kind_label;
use super::ActionCard;
use crate::i18n::*;
use crate::locale::{code, localise_path};
use crate::ui::html::escape;

/// RFC 3339 in UTC, as Atom wants it.
fn rfc3339(at: i64) -> String {
    chrono::DateTime::from_timestamp(at, 0).unwrap_or_default().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The feed of `cards` (already narrowed), whose own address is `self_url`.
pub fn feed(cards: &[ActionCard], ui: Locale, public_url: &str, self_url: &str) -> String {
    let list = format!("{public_url}{}", localise_path(ui, "/actions"));
    let updated = cards.iter().map(|c| c.updated_at).max().unwrap_or(0);
    let title = format!("{} · {}", td_string!(ui, actions_feed_title), td_string!(ui, site_name));
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n\
         <title>{title}</title>\n<subtitle>{subtitle}</subtitle>\n<id>{list}</id>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{self_url}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{list}\"/>\n\
         <updated>{updated}</updated>\n",
        lang = code(ui),
        title = escape(&title),
        subtitle = escape(td_string!(ui, actions_intro)),
        list = escape(&list),
        self_url = escape(self_url),
        updated = rfc3339(updated),
    );
    for card in cards {
        let page = format!("{public_url}{}", localise_path(ui, &format!("/actions/{}", card.slug)));
        let lang = card.fallback_language.clone().unwrap_or_else(|| code(ui).to_string());
        out.push_str(&format!(
            "<entry xml:lang=\"{lang}\">\n<title>{title}</title>\n<id>{page}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{page}\"/>\n\
             <updated>{updated}</updated>\n<category term=\"{kind}\" label=\"{label}\"/>\n",
            lang = escape(&lang),
            title = escape(&card.title),
            page = escape(&page),
            updated = rfc3339(card.updated_at),
            kind = card.kind.code(),
            label = escape(action_kind_label(ui, card.kind)),
        ));
        for organiser in &card.organisers {
            out.push_str(&format!("<author><name>{}</name></author>\n", escape(&organiser.name)));
        }
        if card.organisers.is_empty() {
            out.push_str(&format!("<author><name>{}</name></author>\n", escape(td_string!(ui, site_name))));
        }
        if !card.summary.is_empty() {
            out.push_str(&format!("<summary>{}</summary>\n", escape(&card.summary)));
        }
        out.push_str("</entry>\n");
    }
    out.push_str("</feed>\n");
    out
}
