//! Two-factor authentication: TOTP codes (RFC 6238: SHA-1, 6 digits, 30-second steps, as every
//! authenticator app reads them) and single-use recovery codes. A code is accepted within one
//! step either side of now, and never twice: the last step used is kept, and only a later one
//! is accepted after it. Recovery codes are kept only as SHA-256 hashes.
use crate::db::Db;
use sha2::{Digest, Sha256};
use totp_rs::{Algorithm, Secret, TOTP};

const STEP_SECONDS: u64 = 30;
pub const RECOVERY_CODES: usize = 10;

/// A new shared secret (160 random bits, the size RFC 4226 recommends), base32 as apps show it.
pub fn new_secret() -> String {
    Secret::Raw(rand::random::<[u8; 20]>().to_vec()).to_encoded().to_string()
}

fn totp(secret: &str, email: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret.to_string()).to_bytes().ok()?;
    TOTP::new(Algorithm::SHA1, 6, 1, STEP_SECONDS, bytes, Some("Tadamun".into()), email.replace(':', "")).ok()
}

/// The `otpauth://` address an authenticator app reads (typed, pasted or opened).
pub fn provisioning_uri(secret: &str, email: &str) -> Option<String> {
    totp(secret, email).map(|t| t.get_url())
}

/// The code an authenticator app shows at `unix` seconds (for tests and for support staff who
/// check a person's clock).
pub fn code_at(secret: &str, unix: i64) -> Option<String> {
    Some(totp(secret, "")?.generate(u64::try_from(unix).ok()?))
}

/// The step `code` belongs to, if it is right within one step of `now`.
pub fn matching_step(secret: &str, code: &str, now: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret, "")?;
    let now_step = now.div_euclid(STEP_SECONDS as i64);
    (now_step - 1..=now_step + 1).find(|step| {
        let expected = totp.generate((*step as u64) * STEP_SECONDS);
        constant_time_eq(expected.as_bytes(), code.as_bytes())
    })
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Ten codes like `k3f9-x2mq-7hpa`: 60 random bits each, from letters and digits that cannot
/// be mistaken for one another.
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    (0..RECOVERY_CODES)
        .map(|_| {
            let chars: Vec<char> = (0..12).map(|_| ALPHABET[rand::random::<usize>() % ALPHABET.len()] as char).collect();
            chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
        })
        .collect()
}

fn recovery_hash(code: &str) -> String {
    let normal: String = code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    Sha256::digest(normal.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The account's secret, if two-factor authentication is on.
pub async fn secret_of(db: &Db, user_id: i64) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(Option<String>,)> = sqlx::query_as("SELECT totp_secret FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.and_then(|(s,)| s))
}

/// The secret being set up (shown as a QR code, not yet confirmed by a code), if any.
pub async fn pending_secret(db: &Db, user_id: i64) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(Option<String>,)> = sqlx::query_as("SELECT totp_pending_secret FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.and_then(|(s,)| s))
}

/// Starts setting up with a new secret, replacing one being set up before.
pub async fn start(db: &Db, user_id: i64, secret: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET totp_pending_secret = $1 WHERE id = $2").bind(secret).bind(user_id).execute(db.writer()).await?;
    Ok(())
}

/// Turns two-factor authentication on with a secret the person has shown they hold (`step` is
/// the step of the code they gave), replacing any recovery codes.
pub async fn enable(db: &Db, user_id: i64, secret: &str, step: i64, codes: &[String], now: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE users SET totp_secret = $1, totp_last_step = $2, totp_enabled_at = $3, totp_pending_secret = NULL WHERE id = $4")
        .bind(secret)
        .bind(step)
        .bind(now)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut **tx).await?;
    for code in codes {
        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
            .bind(user_id)
            .bind(recovery_hash(code))
            .execute(&mut **tx)
            .await?;
    }
    tx.commit().await
}

pub async fn disable(db: &Db, user_id: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE users SET totp_secret = NULL, totp_last_step = NULL, totp_enabled_at = NULL, totp_pending_secret = NULL WHERE id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut **tx).await?;
    tx.commit().await
}

/// Whether `code` (an authenticator code or an unused recovery code) proves the second factor
/// now. Either is used up: the same code is refused the second time, even by another instance,
/// since the step or the recovery code is claimed by one conditional update.
pub async fn accept_code(db: &Db, user_id: i64, code: &str, now: i64) -> Result<bool, sqlx::Error> {
    let Some(secret) = secret_of(db, user_id).await? else {
        return Ok(false);
    };
    if let Some(step) = matching_step(&secret, code, now) {
        let done = sqlx::query(
            "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
        )
        .bind(step)
        .bind(user_id)
        .execute(db.writer())
        .await?;
        return Ok(done.rows_affected() == 1);
    }
    let done = sqlx::query("UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL")
        .bind(now)
        .bind(user_id)
        .bind(recovery_hash(code))
        .execute(db.writer())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Recovery codes not used yet.
pub async fn recovery_codes_left(db: &Db, user_id: i64) -> Result<i64, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL")
        .bind(user_id)
        .fetch_one(&db.pool)
        .await?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_within_a_step_of_now() {
        let secret = new_secret();
        let totp = totp(&secret, "a@b.org").unwrap();
        let now = 1_800_000_015;
        let code = totp.generate(now as u64);
        assert_eq!(matching_step(&secret, &code, now), Some(now / 30));
        assert_eq!(matching_step(&secret, &code, now + 30), Some(now / 30), "one step late is fine");
        assert_eq!(matching_step(&secret, &code, now + 90), None, "three steps late is not");
        assert_eq!(matching_step(&secret, &format!("{} {}", &code[..3], &code[3..]), now), Some(now / 30));
        assert_eq!(matching_step(&secret, "12345", now), None);
        assert_eq!(matching_step(&secret, "abcdef", now), None);
    }

    #[test]
    fn the_rfc_6238_test_vector_holds() {
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (8 digits); its last 6 are the code.
        let secret = Secret::Raw(b"12345678901234567890".to_vec()).to_encoded().to_string();
        assert_eq!(totp(&secret, "x").unwrap().generate(59), "287082");
    }

    #[test]
    fn recovery_codes_are_distinct_and_forgiving_to_type() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        assert_eq!(codes.iter().collect::<std::collections::HashSet<_>>().len(), RECOVERY_CODES);
        assert!(codes.iter().all(|c| c.len() == 14 && c.matches('-').count() == 2));
        assert_eq!(recovery_hash("K3F9-X2MQ-7HPA"), recovery_hash("k3f9x2mq7hpa "));
    }

    #[test]
    fn the_address_names_the_site_and_account() {
        let uri = provisioning_uri("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "layla@example.org").unwrap();
        assert!(uri.starts_with("otpauth://totp/Tadamun:layla%40example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"), "{uri}");
        assert!(uri.contains("issuer=Tadamun"));
    }
}
