//! The mails about a signature, in the language the signer used.
use super::{compose, Line, OutgoingMail};
use crate::i18n::*;

#[derive(Debug, Clone)]
pub enum SignatureMail {
    /// The signature counts once the signer opens this link and confirms.
    Confirm { link: String },
    /// Someone signed again with an address that has signed already: its owner is told, not
    /// whoever filled in the form.
    AlreadySigned,
    /// A member signed: it counts already.
    Counted,
}

/// The mail to `to` (named `name`) about their signature of the action titled `title`, whose
/// page is `page`.
#[allow(clippy::needless_pass_by_value)] // one mail, rendered once
pub fn render(locale: Locale, to: &str, name: &str, title: &str, page: &str, mail: SignatureMail) -> OutgoingMail {
    let greeting = td_string!(locale, mail_greeting, name);
    let mut lines: Vec<Line> = Vec::new();
    let subject = match &mail {
        SignatureMail::Confirm { link } => {
            lines.push((td_string!(locale, mail_sign_confirm_body, title), None));
            lines.push((String::new(), Some(link.clone())));
            lines.push((td_string!(locale, mail_ignore).to_string(), None));
            td_string!(locale, mail_sign_confirm_subject, title)
        }
        SignatureMail::AlreadySigned => {
            lines.push((td_string!(locale, mail_sign_already_body, title), None));
            lines.push((td_string!(locale, mail_ignore).to_string(), None));
            td_string!(locale, mail_sign_already_subject, title)
        }
        SignatureMail::Counted => {
            lines.push((td_string!(locale, mail_sign_counted_body, title), None));
            td_string!(locale, mail_sign_counted_subject, title)
        }
    };
    lines.push((td_string!(locale, mail_sign_page).to_string(), Some(page.to_string())));
    compose(locale, to, subject, &greeting, &lines, String::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_confirmation_carries_its_link_in_both_bodies_and_the_reader_s_direction() {
        let link = "https://tadamun.test/ar/actions/letter/sign?token=abc";
        let mail = render(Locale::ar, "a@example.org", "Layla", "رسالة", "https://tadamun.test/ar/actions/letter", SignatureMail::Confirm { link: link.into() });
        assert!(mail.text.contains(link) && mail.html.contains(link));
        assert!(mail.html.contains("dir=\"rtl\"") && mail.subject.contains("رسالة"));
        assert_eq!(mail.language, "ar");
    }

    #[test]
    fn a_second_signature_holds_no_link_to_confirm() {
        let mail = render(Locale::en, "a@example.org", "<b>x</b>", "Letter", "https://tadamun.test/actions/letter", SignatureMail::AlreadySigned);
        assert!(!mail.text.contains("token=") && !mail.html.contains("<b>x</b>"));
    }
}
