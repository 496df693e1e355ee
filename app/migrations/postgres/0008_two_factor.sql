-- Two-factor authentication (app/src/accounts/two_factor.rs). totp_secret is NULL while it is
-- off; totp_last_step is the last 30-second step whose code was accepted (no code works twice).
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;
ALTER TABLE users ADD COLUMN totp_enabled_at BIGINT;

-- Single-use recovery codes, as SHA-256 hashes.
CREATE TABLE recovery_codes (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
