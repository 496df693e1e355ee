-- Sign-on letters, petitions and statements: their texts per language, organisers, related
-- events, themes, and signature counts reported from elsewhere (issue 25; the signatures
-- gathered here come with the signing form). Times are Unix seconds in UTC; `timezone` is the
-- action's IANA zone, in which its deadline is shown.
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    -- Who may sign a letter or petition: organisations, individuals or both.
    signatories TEXT NOT NULL DEFAULT 'both',
    -- NULL: not known (an action recorded after the fact) or not set.
    opens_at BIGINT,
    closes_at BIGINT,
    timezone TEXT NOT NULL,
    -- Signatures wanted (of organisations, for a letter only organisations sign). NULL: none set.
    goal BIGINT,
    -- For a statement: when it was adopted, as far as known ("2023-11", "2023-11-24").
    adopted_on TEXT NOT NULL DEFAULT '',
    original_language TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX actions_status ON actions (status, closes_at, id);

CREATE TABLE action_texts (
    action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    -- Markdown, rendered and sanitised on the server.
    body TEXT NOT NULL DEFAULT '',
    -- Whom it addresses.
    target TEXT NOT NULL DEFAULT '',
    -- For a statement: the body that adopted it.
    adopted_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (action_id, language)
);

CREATE TABLE action_organisers (
    action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (action_id, organisation_id)
);
CREATE INDEX action_organisers_organisation ON action_organisers (organisation_id, action_id);

CREATE TABLE action_events (
    action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, event_id)
);
CREATE INDEX action_events_event ON action_events (event_id, action_id);

CREATE TABLE action_themes (
    action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    PRIMARY KEY (action_id, theme)
);
CREATE INDEX action_themes_theme ON action_themes (theme, action_id);

-- Signatures gathered elsewhere, as reported ("signed by 2,000 organisations from over 120
-- countries"): the figures are added to the public counts, the words and source shown as such.
CREATE TABLE action_reported_counts (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    signatures BIGINT NOT NULL,
    organisations BIGINT NOT NULL DEFAULT 0,
    countries BIGINT NOT NULL DEFAULT 0,
    -- The report's own words, in its language, and where it was published.
    wording TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    source_url TEXT NOT NULL DEFAULT '',
    recorded_at BIGINT NOT NULL
);
CREATE INDEX action_reported_counts_action ON action_reported_counts (action_id, id);

INSERT INTO cache_revisions (scope, revision) VALUES ('actions', 0);
