-- The directory. Texts are per language; `organisation_listings` holds, for every interface
-- language, the name and excerpt to show (falling back to the original language), kept up to
-- date by the application so that listing a page is one indexed scan.
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    country TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    original_language TEXT NOT NULL,
    verified INTEGER NOT NULL DEFAULT 0,
    featured INTEGER NOT NULL DEFAULT 0,
    search_text TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX organisations_country ON organisations (country);
CREATE INDEX organisations_kind ON organisations (kind);

CREATE TABLE organisation_texts (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (organisation_id, language)
);

CREATE TABLE organisation_listings (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    name TEXT NOT NULL,
    excerpt TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    fallback_language TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (organisation_id, locale)
);
CREATE INDEX organisation_listings_order ON organisation_listings (locale, sort_key, organisation_id);

CREATE TABLE organisation_themes (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    PRIMARY KEY (organisation_id, theme)
);
CREATE INDEX organisation_themes_theme ON organisation_themes (theme, organisation_id);

CREATE TABLE organisation_relations (
    from_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    to_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    PRIMARY KEY (from_id, to_id, relation)
);
CREATE INDEX organisation_relations_to ON organisation_relations (to_id, relation);
