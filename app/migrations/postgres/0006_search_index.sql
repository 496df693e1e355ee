-- Substring search over organisations.search_text through a trigram index: PostgreSQL uses it
-- for `LIKE '%term%'` as written. pg_trgm is a trusted extension: the database owner may add it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX organisations_search_trgm ON organisations USING gin (search_text gin_trgm_ops);
