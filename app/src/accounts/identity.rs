//! What an account is known by: its email address and the name it shows (a pseudonym is fine).

pub const MAX_NAME_CHARS: usize = 60;

/// The address as stored and compared: trimmed and lower-cased. `None` if it cannot be an
/// address mail could reach (one `@`, a dotted domain, no spaces, RFC 5321 lengths).
pub fn normalise_email(input: &str) -> Option<String> {
    let email = input.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let labels_ok = domain.split('.').count() >= 2
        && domain.split('.').all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-'));
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(|c| !c.is_whitespace() && !c.is_control() && !"@<>()[]\\,;:\"".contains(c));
    (email.len() <= 254 && labels_ok && local_ok).then_some(email)
}

/// The display name as stored: trimmed, inner runs of spaces made one. `None` if empty, too
/// long, or holding control characters (which could disguise it in lists).
pub fn normalise_name(input: &str) -> Option<String> {
    let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
    let ok = !name.is_empty()
        && name.chars().count() <= MAX_NAME_CHARS
        && !name.chars().any(|c| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'));
    ok.then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_lowercased_and_checked() {
        assert_eq!(normalise_email("  Layla@Example.ORG "), Some("layla@example.org".into()));
        assert_eq!(normalise_email("a.b+news@mail.example.ps"), Some("a.b+news@mail.example.ps".into()));
        assert_eq!(normalise_email("سلام@مثال.فلسطين"), Some("سلام@مثال.فلسطين".into()));
        for bad in ["", "layla", "layla@", "@example.org", "layla@localhost", "a b@example.org",
                    "a@b@example.org", "a..b@example.org", "a@-x.org", "a@example..org", "<a>@example.org"] {
            assert_eq!(normalise_email(bad), None, "{bad}");
        }
        assert_eq!(normalise_email(&format!("{}@example.org", "a".repeat(65))), None);
    }

    #[test]
    fn names_are_tidied_and_bounded() {
        assert_eq!(normalise_name("  Olive   Grower "), Some("Olive Grower".into()));
        assert_eq!(normalise_name("أم   محمد"), Some("أم محمد".into()));
        assert_eq!(normalise_name("   "), None);
        assert_eq!(normalise_name(&"n".repeat(MAX_NAME_CHARS + 1)), None);
        assert_eq!(normalise_name("evil\u{202e}name"), None);
    }
}
