//! The mails an account receives, written in its language, as plain text and as HTML.
use super::OutgoingMail;
use crate::i18n::*;
use crate::ui::html::escape;
use crate::locale::code;
use crate::plural::count;

/// A mail about an account, holding the one-time link it sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountMail<'a> {
    /// Confirm the address of a new account.
    VerifyEmail { link: &'a str, valid_hours: i64 },
    /// Someone tried to sign up with an address that has an account: its owner is told, and
    /// offered a log-in link, instead of the stranger being told (no account enumeration).
    AlreadyRegistered { link: &'a str, valid_hours: i64 },
    LogInLink { link: &'a str, valid_hours: i64 },
    ResetPassword { link: &'a str, valid_hours: i64 },
}

/// The mail to `to` (named `name`) in `locale`.
pub fn render(locale: Locale, to: &str, name: &str, mail: AccountMail) -> OutgoingMail {
    let (subject, body, link, valid_hours) = match mail {
        AccountMail::VerifyEmail { link, valid_hours } => {
            (td_string!(locale, mail_verify_subject), td_string!(locale, mail_verify_body), link, valid_hours)
        }
        AccountMail::AlreadyRegistered { link, valid_hours } => {
            (td_string!(locale, mail_exists_subject), td_string!(locale, mail_exists_body), link, valid_hours)
        }
        AccountMail::LogInLink { link, valid_hours } => {
            (td_string!(locale, mail_login_subject), td_string!(locale, mail_login_body), link, valid_hours)
        }
        AccountMail::ResetPassword { link, valid_hours } => {
            (td_string!(locale, mail_reset_subject), td_string!(locale, mail_reset_body), link, valid_hours)
        }
    };
    let greeting = td_string!(locale, mail_greeting, name);
    let duration = count!(locale, count_hours, valid_hours);
    let once = td_string!(locale, mail_link_once, duration);
    let ignore = td_string!(locale, mail_ignore);
    let signature = td_string!(locale, mail_signature);

    let text = format!("{greeting}\n\n{body}\n\n{link}\n\n{once}\n{ignore}\n\n{signature}\n");
    let dir = if locale == Locale::ar { "rtl" } else { "ltr" };
    let lang = code(locale);
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{}</title></head><body>\
         <p>{}</p><p>{}</p><p><a href=\"{}\">{}</a></p><p>{}<br>{}</p><p>{}</p></body></html>\n",
        escape(subject),
        escape(&greeting),
        escape(body),
        escape(link),
        escape(link),
        escape(&once),
        escape(ignore),
        escape(signature),
    );
    OutgoingMail { to: to.to_string(), language: lang.to_string(), subject: subject.to_string(), text, html, calendar: String::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINK: &str = "https://tadamun.example/account/verify?token=ab12&x=1";

    #[test]
    fn mails_are_in_the_recipients_language_with_the_link_in_both_bodies() {
        let en = render(Locale::en, "a@example.org", "Layla", AccountMail::VerifyEmail { link: LINK, valid_hours: 48 });
        assert_eq!(en.subject, "Confirm your email address");
        assert_eq!(en.language, "en");
        assert!(en.text.starts_with("Hello Layla,\n"));
        assert!(en.text.contains(LINK) && en.text.contains("within 48 hours"));
        assert!(en.html.contains("lang=\"en\" dir=\"ltr\""));
        assert!(en.html.contains("href=\"https://tadamun.example/account/verify?token=ab12&amp;x=1\""));

        let ar = render(Locale::ar, "a@example.org", "ليلى", AccountMail::LogInLink { link: LINK, valid_hours: 2 });
        assert_eq!(ar.subject, "رابط تسجيل الدخول");
        assert!(ar.text.contains("مرحبًا ليلى") && ar.text.contains("خلال ساعتين"));
        assert!(ar.html.contains("lang=\"ar\" dir=\"rtl\""));

        let fr = render(Locale::fr, "a@example.org", "Léa", AccountMail::ResetPassword { link: LINK, valid_hours: 1 });
        assert!(fr.text.contains("dans un délai de 1 heure."), "{}", fr.text);
        let es = render(Locale::es, "a@example.org", "Ana", AccountMail::AlreadyRegistered { link: LINK, valid_hours: 24 });
        assert_eq!(es.subject, "Ya tienes una cuenta");
    }

    #[test]
    fn a_name_cannot_inject_markup() {
        let mail = render(Locale::en, "a@example.org", "<script>x</script> \"Bob\"", AccountMail::VerifyEmail { link: LINK, valid_hours: 48 });
        assert!(!mail.html.contains("<script>"));
        assert!(mail.html.contains("&lt;script&gt;x&lt;/script&gt; &quot;Bob&quot;"));
    }
}
