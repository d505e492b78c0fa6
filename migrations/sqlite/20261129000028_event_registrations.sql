-- People registered for events. A seat is taken when the registration is confirmed, in
-- confirmation order; beyond the capacity the registration waits, and a cancellation gives its
-- seat to the first waiting one.
CREATE TABLE event_registrations (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    canonical_email TEXT NOT NULL,
    country TEXT NOT NULL,
    organisation TEXT,
    consent BOOLEAN NOT NULL,
    newsletter BOOLEAN NOT NULL DEFAULT 0,
    -- The registrant's IANA zone (from the browser, else the event's): times in their emails.
    time_zone TEXT NOT NULL,
    locale TEXT NOT NULL DEFAULT 'en',
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'waiting', 'cancelled')),
    -- Held back by the anti-abuse checks (bot flags cause no email).
    flag TEXT,
    ip_hash TEXT NOT NULL DEFAULT '',
    signed_via TEXT NOT NULL DEFAULT 'page',
    emails_sent INTEGER NOT NULL DEFAULT 0,
    -- How many of the configured reminders have been sent (each at most once).
    reminders_sent INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    -- When the link was clicked: the order of the waiting list.
    confirmed_at INTEGER,
    -- The seat's place in the order seats were given (NULL while waiting or pending).
    seat INTEGER,
    cancelled_at INTEGER,
    anonymised_at INTEGER
);
CREATE UNIQUE INDEX event_registrations_event_canonical_email ON event_registrations (event_id, canonical_email);
CREATE INDEX event_registrations_event_state ON event_registrations (event_id, state, confirmed_at);

CREATE TABLE event_registration_tokens (
    token_hash TEXT PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES event_registrations (id) ON DELETE CASCADE,
    -- 'confirm': the emailed confirmation link; 'manage': the registrant's own page and cancelling.
    purpose TEXT NOT NULL CHECK (purpose IN ('confirm', 'manage')),
    created_at INTEGER NOT NULL
);
CREATE INDEX event_registration_tokens_registration ON event_registration_tokens (registration_id);
