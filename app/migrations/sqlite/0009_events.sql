-- Conferences, webinars, series and visits, with their texts per language, organisers,
-- speakers, interpretation channels, sessions, recordings and RSVPs. Times are Unix seconds in
-- UTC; `timezone` is the event's IANA zone, kept so that it is shown in its own local time.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    format TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'scheduled',
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    timezone TEXT NOT NULL,
    -- When a postponed event was first meant to start.
    postponed_from BIGINT,
    venue TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    original_language TEXT NOT NULL,
    -- Languages spoken or interpreted, space separated (as organisations.languages).
    languages TEXT NOT NULL DEFAULT '',
    -- NULL: no limit.
    capacity BIGINT,
    rsvp_opens_at BIGINT,
    rsvp_closes_at BIGINT,
    -- For confirmed attendees only: never in public pages, feeds or JSON-LD.
    join_url TEXT NOT NULL DEFAULT '',
    attendance BIGINT,
    -- RFC 5545 SEQUENCE: bumped on every change, so calendars take the new version.
    sequence BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX events_starts ON events (starts_at, id);

CREATE TABLE event_texts (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    -- Markdown, rendered and sanitised on the server.
    description TEXT NOT NULL DEFAULT '',
    report TEXT NOT NULL DEFAULT '',
    funding TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, language)
);

CREATE TABLE event_organisers (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, organisation_id)
);
CREATE INDEX event_organisers_organisation ON event_organisers (organisation_id, event_id);

CREATE TABLE event_themes (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    PRIMARY KEY (event_id, theme)
);
CREATE INDEX event_themes_theme ON event_themes (theme, event_id);

CREATE TABLE event_speakers (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    affiliation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL
);
CREATE INDEX event_speakers_event ON event_speakers (event_id, position);

CREATE TABLE event_speaker_bios (
    speaker_id INTEGER NOT NULL REFERENCES event_speakers (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    bio TEXT NOT NULL,
    PRIMARY KEY (speaker_id, language)
);

-- Interpretation: for each language, how to join it (private, as join_url).
CREATE TABLE event_channels (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    join_info TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, language)
);

-- The meetings of a series; one RSVP covers them all.
CREATE TABLE event_sessions (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, position)
);

CREATE TABLE event_recordings (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    url TEXT NOT NULL,
    -- Where this language starts ("translation begins about 50 minutes in").
    start_offset_seconds BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, language)
);

-- One per person and event. `queued_at` orders the waitlist.
CREATE TABLE rsvps (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    email TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    ui_language TEXT NOT NULL,
    interpretation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    queued_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (event_id, email)
);
CREATE INDEX rsvps_event_status ON rsvps (event_id, status, queued_at, id);
CREATE INDEX rsvps_user ON rsvps (user_id);

-- The links mailed about an RSVP (confirm it, see it, cancel it): only the token's SHA-256 is
-- kept. Every mail carries a new one and earlier ones keep working, so a promotion can send a
-- link without knowing the ones sent before.
CREATE TABLE rsvp_links (
    token_hash TEXT PRIMARY KEY,
    rsvp_id BIGINT NOT NULL REFERENCES rsvps (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE INDEX rsvp_links_rsvp ON rsvp_links (rsvp_id);

INSERT INTO cache_revisions (scope, revision) VALUES ('events', 0);

-- A confirmation mail carries the event's calendar entry.
ALTER TABLE mail_queue ADD COLUMN calendar TEXT NOT NULL DEFAULT '';

-- Reminders sent (24 hours and 1 hour before): the primary key lets one instance, and one
-- only, record each, in the transaction that queues its mail.
CREATE TABLE event_reminders (
    rsvp_id BIGINT NOT NULL REFERENCES rsvps (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (rsvp_id, kind)
);
