-- Signatures of letters and petitions (issue 25). One signature per email per action, and one
-- counted per organisation: `organisation_key` is "directory:{id}" for an organisation of the
-- directory, else "name:{normalised name}|{country}". Only confirmed signatures count; a
-- pending one is waiting for its signer to open the mailed link, and holds no organisation's
-- place (the unique index is on confirmed signatures only, so nobody can keep an organisation
-- from signing by leaving a pending signature in its name).
CREATE TABLE signatures (
    id INTEGER PRIMARY KEY,
    action_id BIGINT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    -- organisation or individual
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    organisation_key TEXT,
    country TEXT NOT NULL DEFAULT '',
    -- For an organisation: the person who signed for it.
    contact TEXT NOT NULL DEFAULT '',
    -- NULL for a signature imported from a list gathered elsewhere.
    email TEXT,
    comment TEXT NOT NULL DEFAULT '',
    -- 1: the signer agreed to be named in the public list.
    show_name BIGINT NOT NULL DEFAULT 0,
    -- form (signed here) or import (from a list gathered elsewhere)
    source TEXT NOT NULL,
    -- pending (the mailed link not yet confirmed) or confirmed
    status TEXT NOT NULL,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    ui_language TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    confirmed_at BIGINT
);
CREATE UNIQUE INDEX signatures_email ON signatures (action_id, email);
CREATE UNIQUE INDEX signatures_organisation ON signatures (action_id, organisation_key) WHERE status = 'confirmed';
CREATE INDEX signatures_public ON signatures (action_id, status, show_name, country, id);

-- The links mailed to confirm a signature: only the token's SHA-256 is kept.
CREATE TABLE signature_links (
    token_hash TEXT PRIMARY KEY,
    signature_id BIGINT NOT NULL REFERENCES signatures (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE INDEX signature_links_signature ON signature_links (signature_id);
