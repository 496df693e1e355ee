-- One counter per kind of data, bumped by every write to it; instances keep reads in memory
-- only while the counter they were computed at is current (app/src/db/cache.rs).
CREATE TABLE cache_revisions (
    scope TEXT PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO cache_revisions (scope, revision) VALUES ('directory', 0);
