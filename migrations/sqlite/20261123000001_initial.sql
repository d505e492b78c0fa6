-- Timestamps are milliseconds since the Unix epoch (INTEGER) on both engines.
CREATE TABLE petitions (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    target TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body_md TEXT NOT NULL DEFAULT '',
    goal INTEGER NOT NULL DEFAULT 1000,
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed', 'delivered', 'archived')),
    opens_at INTEGER,
    closes_at INTEGER,
    allowed_countries TEXT NOT NULL DEFAULT '',
    postcode_required BOOLEAN NOT NULL DEFAULT 0,
    consent_text TEXT NOT NULL,
    consent_version INTEGER NOT NULL DEFAULT 1,
    locale TEXT NOT NULL DEFAULT 'en',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE signatures (
    id INTEGER PRIMARY KEY,
    petition_id INTEGER NOT NULL REFERENCES petitions(id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    canonical_email TEXT NOT NULL,
    country TEXT NOT NULL,
    postcode TEXT,
    comment TEXT,
    show_name BOOLEAN NOT NULL DEFAULT 0,
    newsletter BOOLEAN NOT NULL DEFAULT 0,
    consent_version INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'withdrawn')),
    emails_sent INTEGER NOT NULL DEFAULT 0,
    source TEXT,
    locale TEXT NOT NULL DEFAULT 'en',
    created_at INTEGER NOT NULL,
    confirmed_at INTEGER,
    withdrawn_at INTEGER
);
CREATE UNIQUE INDEX signatures_petition_canonical_email ON signatures (petition_id, canonical_email);
CREATE INDEX signatures_petition_state_confirmed ON signatures (petition_id, state, confirmed_at);
CREATE INDEX signatures_state_created ON signatures (state, created_at);

CREATE TABLE signature_tokens (
    token_hash TEXT PRIMARY KEY,
    signature_id INTEGER NOT NULL REFERENCES signatures(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('confirm', 'withdraw')),
    created_at INTEGER NOT NULL
);
CREATE INDEX signature_tokens_signature ON signature_tokens (signature_id);

CREATE TABLE petition_counts (
    petition_id INTEGER PRIMARY KEY REFERENCES petitions(id),
    confirmed INTEGER NOT NULL DEFAULT 0,
    pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE petition_country_counts (
    petition_id INTEGER NOT NULL REFERENCES petitions(id),
    country TEXT NOT NULL,
    confirmed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (petition_id, country)
);

CREATE TABLE petition_day_counts (
    petition_id INTEGER NOT NULL REFERENCES petitions(id),
    day TEXT NOT NULL,
    confirmed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (petition_id, day)
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    from_name TEXT,
    reply_to TEXT,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    locked_until INTEGER,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);

CREATE TABLE admins (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'owner' CHECK (role IN ('owner', 'campaigner', 'viewer')),
    created_at INTEGER NOT NULL
);
