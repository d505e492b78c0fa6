-- Timestamps are milliseconds since the Unix epoch (INTEGER) on both engines.
CREATE TABLE petitions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    target TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body_md TEXT NOT NULL DEFAULT '',
    goal BIGINT NOT NULL DEFAULT 1000,
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed', 'delivered', 'archived')),
    opens_at BIGINT,
    closes_at BIGINT,
    allowed_countries TEXT NOT NULL DEFAULT '',
    postcode_required BOOLEAN NOT NULL DEFAULT FALSE,
    consent_text TEXT NOT NULL,
    consent_version BIGINT NOT NULL DEFAULT 1,
    locale TEXT NOT NULL DEFAULT 'en',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE signatures (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    petition_id BIGINT NOT NULL REFERENCES petitions(id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    canonical_email TEXT NOT NULL,
    country TEXT NOT NULL,
    postcode TEXT,
    comment TEXT,
    show_name BOOLEAN NOT NULL DEFAULT FALSE,
    newsletter BOOLEAN NOT NULL DEFAULT FALSE,
    consent_version BIGINT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'withdrawn')),
    emails_sent BIGINT NOT NULL DEFAULT 0,
    source TEXT,
    locale TEXT NOT NULL DEFAULT 'en',
    created_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    withdrawn_at BIGINT
);
CREATE UNIQUE INDEX signatures_petition_canonical_email ON signatures (petition_id, canonical_email);
CREATE INDEX signatures_petition_state_confirmed ON signatures (petition_id, state, confirmed_at);
CREATE INDEX signatures_state_created ON signatures (state, created_at);

CREATE TABLE signature_tokens (
    token_hash TEXT PRIMARY KEY,
    signature_id BIGINT NOT NULL REFERENCES signatures(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('confirm', 'withdraw')),
    created_at BIGINT NOT NULL
);
CREATE INDEX signature_tokens_signature ON signature_tokens (signature_id);

CREATE TABLE petition_counts (
    petition_id BIGINT PRIMARY KEY REFERENCES petitions(id),
    confirmed BIGINT NOT NULL DEFAULT 0,
    pending BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE petition_country_counts (
    petition_id BIGINT NOT NULL REFERENCES petitions(id),
    country TEXT NOT NULL,
    confirmed BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (petition_id, country)
);

CREATE TABLE petition_day_counts (
    petition_id BIGINT NOT NULL REFERENCES petitions(id),
    day TEXT NOT NULL,
    confirmed BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (petition_id, day)
);

CREATE TABLE outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    from_name TEXT,
    reply_to TEXT,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    locked_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);

CREATE TABLE admins (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'owner' CHECK (role IN ('owner', 'campaigner', 'viewer')),
    created_at BIGINT NOT NULL
);
