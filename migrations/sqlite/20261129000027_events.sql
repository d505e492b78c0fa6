-- Events: side events, hand-ins and days of action that people register for.
-- Moments are milliseconds since the Unix epoch (UTC); `time_zone` is the organisers' IANA zone,
-- used to show the times and to write the calendar files.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body_md TEXT NOT NULL DEFAULT '',
    locale TEXT NOT NULL DEFAULT 'en',
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    online BOOLEAN NOT NULL DEFAULT 0,
    -- Shown only to confirmed registrants (their email and own page), never on public pages.
    join_url TEXT,
    address TEXT,
    map_url TEXT,
    price TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    -- NULL: no limit.
    capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    registration_opens_at INTEGER,
    registration_closes_at INTEGER,
    petition_id INTEGER REFERENCES petitions (id),
    letter_campaign_id INTEGER REFERENCES letter_campaigns (id),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed', 'cancelled')),
    -- The calendar files' SEQUENCE: raised whenever the event changes.
    sequence INTEGER NOT NULL DEFAULT 0,
    image_page TEXT REFERENCES images (hash),
    image_card TEXT REFERENCES images (hash),
    image_alt TEXT NOT NULL DEFAULT '',
    -- Maintained counters: seats taken (confirmed registrations), people on the waiting list,
    -- and seats ever given (the confirmation order of each seat).
    confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
    waiting INTEGER NOT NULL DEFAULT 0 CHECK (waiting >= 0),
    seats_given INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (ends_at > starts_at)
);

-- The zones the page lists next to the event's own ("Geneva 15:00 · New York 09:00").
CREATE TABLE event_zones (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
);

-- Organisers and co-organisers, in the order given.
CREATE TABLE event_organisers (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
);

CREATE TABLE event_translations (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body_md TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (event_id, lang)
);
