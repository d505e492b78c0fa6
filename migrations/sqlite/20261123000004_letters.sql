-- Letters to representatives: a directory of targets, letter campaigns, supporters' submissions
-- (confirmed like signatures) and one letter per supporter per target.
CREATE TABLE targets (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL,
    external_id TEXT NOT NULL,
    honorific TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    chamber TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    party TEXT NOT NULL DEFAULT '',
    email TEXT,
    contact_url TEXT,
    postal_address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    active BOOLEAN NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (body, external_id)
);
CREATE INDEX targets_body_region ON targets (body, region, district);

-- ZIP code tabulation areas to congressional districts (a ZIP may have several rows).
CREATE TABLE us_zip_districts (
    zip TEXT NOT NULL,
    state TEXT NOT NULL,
    district TEXT NOT NULL,
    PRIMARY KEY (zip, state, district)
);

CREATE TABLE letter_campaigns (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    intro_md TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed')),
    allowed_countries TEXT NOT NULL DEFAULT '',
    target_rule TEXT NOT NULL CHECK (target_rule IN ('us_senators', 'us_house', 'us_congress', 'body', 'fixed')),
    target_body TEXT NOT NULL DEFAULT '',
    subjects TEXT NOT NULL,
    template TEXT NOT NULL,
    allow_edit BOOLEAN NOT NULL DEFAULT 0,
    max_length INTEGER NOT NULL DEFAULT 5000,
    window_start_hour INTEGER NOT NULL DEFAULT 0,
    window_end_hour INTEGER NOT NULL DEFAULT 24,
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    hourly_cap INTEGER NOT NULL DEFAULT 30,
    consent_text TEXT NOT NULL,
    locale TEXT NOT NULL DEFAULT 'en',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE letter_campaign_targets (
    campaign_id INTEGER NOT NULL REFERENCES letter_campaigns(id),
    target_id INTEGER NOT NULL REFERENCES targets(id),
    PRIMARY KEY (campaign_id, target_id)
);

CREATE TABLE letter_supporters (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES letter_campaigns(id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    canonical_email TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL,
    personal_message TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed')),
    locale TEXT NOT NULL DEFAULT 'en',
    created_at INTEGER NOT NULL,
    confirmed_at INTEGER
);
CREATE INDEX letter_supporters_campaign_email ON letter_supporters (campaign_id, canonical_email);

CREATE TABLE letter_tokens (
    token_hash TEXT PRIMARY KEY,
    supporter_id INTEGER NOT NULL REFERENCES letter_supporters(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);

-- pending: awaiting the supporter's confirmation; confirmed: awaiting delivery by email;
-- queued: handed to the outbox (outbox_id); manual: no email address, delivered by hand or form.
CREATE TABLE letters (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES letter_campaigns(id),
    supporter_id INTEGER NOT NULL REFERENCES letter_supporters(id),
    target_id INTEGER NOT NULL REFERENCES targets(id),
    canonical_email TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    edited BOOLEAN NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'queued', 'manual')),
    outbox_id INTEGER REFERENCES outbox(id),
    created_at INTEGER NOT NULL,
    confirmed_at INTEGER,
    queued_at INTEGER
);
CREATE UNIQUE INDEX letters_one_per_target ON letters (campaign_id, target_id, canonical_email);
CREATE INDEX letters_supporter ON letters (supporter_id);
CREATE INDEX letters_state ON letters (state, campaign_id);
CREATE INDEX letters_target_queued ON letters (target_id, queued_at);
