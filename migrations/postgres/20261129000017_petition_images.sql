-- Petition images: only re-encoded output is stored (never the uploaded bytes), addressed by the
-- SHA-256 of its bytes, so any instance serves it and its URL can be cached for ever.
CREATE TABLE images (
    hash TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    bytes BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);
-- The page/list size and the 1200x630 link-preview crop; both set or both empty.
ALTER TABLE petitions ADD COLUMN image_page TEXT REFERENCES images (hash);
ALTER TABLE petitions ADD COLUMN image_card TEXT REFERENCES images (hash);
ALTER TABLE petitions ADD COLUMN image_alt TEXT NOT NULL DEFAULT '';
-- The image's description in other languages (empty: the main language's).
ALTER TABLE petition_translations ADD COLUMN image_alt TEXT NOT NULL DEFAULT '';
