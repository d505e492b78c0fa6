-- Anti-abuse and privacy: why a signature was flagged (NULL when clean; flagged signatures stay
-- uncounted), where the signer came from (keyed hash and a truncated prefix, never the address),
-- how they signed, newsletter withdrawal and anonymisation times.
ALTER TABLE signatures ADD COLUMN flag TEXT;
ALTER TABLE signatures ADD COLUMN ip_hash TEXT;
ALTER TABLE signatures ADD COLUMN ip_prefix TEXT;
ALTER TABLE signatures ADD COLUMN signed_via TEXT;
ALTER TABLE signatures ADD COLUMN newsletter_withdrawn_at BIGINT;
ALTER TABLE signatures ADD COLUMN anonymised_at BIGINT;
CREATE INDEX signatures_petition_created ON signatures (petition_id, created_at);

-- Secrets shared by every instance (e.g. the key of address hashes), created on first start.
CREATE TABLE app_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- A proof-of-work challenge in the sign form, turned on by staff during an attack.
ALTER TABLE petitions ADD COLUMN pow_required BOOLEAN NOT NULL DEFAULT FALSE;
