//! The frame every mail about an event or an action shares: a greeting, sentences each with
//! an optional link, and the signature, as plain text and as HTML in the reader's direction.
use super::OutgoingMail;
use crate::i18n::*;
use crate::locale::code;
use crate::ui::html::escape;

/// One paragraph of a mail: a sentence, a link, or a sentence followed by its link.
pub type Line = (String, Option<String>);

/// The mail to `to` in `locale`, with `calendar` (an iCalendar entry, or "") attached.
pub fn compose(locale: Locale, to: &str, subject: String, greeting: &str, lines: &[Line], calendar: String) -> OutgoingMail {
    let signature = td_string!(locale, mail_signature);

    let mut text = format!("{greeting}\n\n");
    let mut html_body = format!("<p>{}</p>", escape(greeting));
    for (sentence, link) in lines {
        match link {
            Some(link) if sentence.is_empty() => {
                text.push_str(&format!("{link}\n\n"));
                html_body.push_str(&format!("<p><a href=\"{0}\">{0}</a></p>", escape(link)));
            }
            Some(link) => {
                text.push_str(&format!("{sentence}\n{link}\n\n"));
                html_body.push_str(&format!("<p>{}<br><a href=\"{1}\">{1}</a></p>", escape(sentence), escape(link)));
            }
            None => {
                text.push_str(&format!("{sentence}\n\n"));
                html_body.push_str(&format!("<p>{}</p>", escape(sentence)));
            }
        }
    }
    text.push_str(&format!("{signature}\n"));
    let dir = if locale == Locale::ar { "rtl" } else { "ltr" };
    let lang = code(locale);
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{}</title></head><body>{html_body}<p>{}</p></body></html>\n",
        escape(&subject),
        escape(signature)
    );
    OutgoingMail { to: to.to_string(), language: lang.to_string(), subject, text, html, calendar }
}
