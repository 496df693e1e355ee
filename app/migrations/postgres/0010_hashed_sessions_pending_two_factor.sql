-- Sessions are now keyed by the SHA-256 of their id (app/src/accounts/sessions.rs): rows keyed
-- by a clear id can never be found again, so they go (everyone logs in once more).
DELETE FROM sessions;
-- The two-factor secret being set up waits here, beside the account, instead of in clear in
-- the session row; it is cleared once confirmed (app/src/accounts/flows/second_factor.rs).
ALTER TABLE users ADD COLUMN totp_pending_secret TEXT;
