-- Tokens for scripts that export counts or signatures: only the SHA-256 of the token is kept.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL CHECK (scope IN ('counts', 'signatures')),
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at INTEGER
);

-- Organisations signing a petition as a coalition: confirmed by their contact like any signature,
-- listed on the page and counted apart from people.
ALTER TABLE petitions ADD COLUMN accepts_organisations BOOLEAN NOT NULL DEFAULT 0;
CREATE TABLE organisation_signatures (
    id INTEGER PRIMARY KEY,
    petition_id INTEGER NOT NULL REFERENCES petitions(id),
    org_name TEXT NOT NULL,
    country TEXT NOT NULL,
    website TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    canonical_email TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed')),
    created_at INTEGER NOT NULL,
    confirmed_at INTEGER
);
CREATE UNIQUE INDEX organisation_signatures_one ON organisation_signatures (petition_id, canonical_email);
