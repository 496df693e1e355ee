-- People's accounts and their sessions. Emails are stored normalised (trimmed, lower case)
-- so that one address is one account; passwords only as argon2id hashes. Times: Unix seconds.
CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    timezone TEXT NOT NULL DEFAULT 'UTC',
    email_verified_at BIGINT,
    created_at BIGINT NOT NULL
);

-- tower-sessions records (app/src/accounts/sessions.rs); user_id mirrors the session's
-- signed-in person so their sessions can be listed and ended.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id BIGINT REFERENCES users (id) ON DELETE CASCADE,
    data TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);
