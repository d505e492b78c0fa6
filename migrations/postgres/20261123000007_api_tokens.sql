-- Tokens for scripts that export counts or signatures: only the SHA-256 of the token is kept.
CREATE TABLE api_tokens (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL CHECK (scope IN ('counts', 'signatures')),
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);

-- Organisations signing a petition as a coalition: confirmed by their contact like any signature,
-- listed on the page and counted apart from people.
ALTER TABLE petitions ADD COLUMN accepts_organisations BOOLEAN NOT NULL DEFAULT FALSE;
CREATE TABLE organisation_signatures (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    petition_id BIGINT NOT NULL REFERENCES petitions(id),
    org_name TEXT NOT NULL,
    country TEXT NOT NULL,
    website TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    canonical_email TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed')),
    created_at BIGINT NOT NULL,
    confirmed_at BIGINT
);
CREATE UNIQUE INDEX organisation_signatures_one ON organisation_signatures (petition_id, canonical_email);
