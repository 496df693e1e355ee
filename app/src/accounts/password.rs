//! Passwords: what a new one must be, and how it is kept (argon2id, never the password).
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use std::collections::HashSet;
use std::sync::OnceLock;

pub const MIN_CHARS: usize = super::PASSWORD_MIN_CHARS as usize;
/// Long enough for any passphrase; bounds the hashing work one request can ask for.
pub const MAX_CHARS: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    /// On the list of common passwords (also with digits or symbols around it), too simple,
    /// or made of the person's own email or of the site's name.
    TooCommon,
}

/// Checks a password someone chooses. `email` is theirs: a password built from it is guessable.
pub fn check_new(password: &str, email: &str) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let lower = password.to_lowercase();
    let core = lower.trim_matches(|c: char| !c.is_alphabetic());
    let distinct: HashSet<char> = lower.chars().collect();
    let local_part = email.split('@').next().unwrap_or("").to_lowercase();
    let is_common = common().contains(lower.as_str())
        || (!core.is_empty() && common().contains(core))
        || distinct.len() < 4
        || lower.contains("tadamun")
        || lower.contains("تضامن")
        || (local_part.chars().count() >= 4 && lower.contains(&local_part));
    if is_common {
        return Err(PasswordProblem::TooCommon);
    }
    Ok(())
}

/// The common passwords shipped in app/data (scripts/generate-common-passwords.py).
fn common() -> &'static HashSet<&'static str> {
    static LIST: OnceLock<HashSet<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        include_str!("../../data/common-passwords.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect()
    })
}

/// The argon2id hash (PHC string, with its own salt and parameters) to store.
pub fn hash(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default().hash_password(password.as_bytes(), &salt)?.to_string())
}

/// Whether `password` matches `stored`. An empty or unreadable `stored` never matches, but
/// costs the same time as a real check, so a missing account cannot be told by the delay.
pub fn verify(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => {
            let decoy = decoy_hash();
            if let Ok(parsed) = PasswordHash::new(decoy) {
                let _ = Argon2::default().verify_password(password.as_bytes(), &parsed);
            }
            false
        }
    }
}

fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| hash("decoy password for unknown accounts").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_passwords_are_long_and_uncommon() {
        assert_eq!(check_new("short pass", "a@b.org"), Err(PasswordProblem::TooShort));
        assert_eq!(check_new(&"x".repeat(MAX_CHARS + 1), "a@b.org"), Err(PasswordProblem::TooLong));
        // On the list as is, and with digits or symbols around a listed word.
        assert_eq!(check_new("1qaz2wsx3edc", "a@b.org"), Err(PasswordProblem::TooCommon));
        assert_eq!(check_new("password123456", "a@b.org"), Err(PasswordProblem::TooCommon));
        assert_eq!(check_new("!!Football2024!!", "a@b.org"), Err(PasswordProblem::TooCommon));
        assert_eq!(check_new("aaaaaaaaaaaaaaa", "a@b.org"), Err(PasswordProblem::TooCommon));
        assert_eq!(check_new("my tadamun account", "a@b.org"), Err(PasswordProblem::TooCommon));
        assert_eq!(check_new("layla.haddad-1990", "layla.haddad@example.org"), Err(PasswordProblem::TooCommon));
        assert_eq!(check_new("olive harvest in ras al-auja", "a@b.org"), Ok(()));
        assert_eq!(check_new("زيتون الخليل في الربيع", "a@b.org"), Ok(()));
        // Length counts characters, not bytes.
        assert_eq!(check_new("زيتون زيتون", "a@b.org"), Err(PasswordProblem::TooShort));
    }

    #[test]
    fn hashes_are_argon2id_and_salted() {
        let a = hash("olive harvest in ras al-auja").unwrap();
        let b = hash("olive harvest in ras al-auja").unwrap();
        assert!(a.starts_with("$argon2id$"));
        assert_ne!(a, b);
        assert!(verify("olive harvest in ras al-auja", &a));
        assert!(!verify("olive harvest in ras al-auj", &a));
        assert!(!verify("anything", ""));
    }
}
