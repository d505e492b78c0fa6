-- Reaching registrants: messages from staff, a follow-up after the event, and the proof of work
-- an event's registration form may ask for.
ALTER TABLE events ADD COLUMN recording_url TEXT;
ALTER TABLE events ADD COLUMN pow_required BOOLEAN NOT NULL DEFAULT FALSE;
-- When the follow-up after the event was queued (each registrant gets it once).
ALTER TABLE event_registrations ADD COLUMN follow_up_at BIGINT;
-- When the registrant asked for no more messages about the event (one-click unsubscribe).
ALTER TABLE event_registrations ADD COLUMN messages_off_at BIGINT;

-- Messages staff sent to an event's registrants. The request key is unique: a form posted twice
-- sends once.
CREATE TABLE event_messages (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events (id),
    request_key TEXT NOT NULL UNIQUE,
    subject TEXT NOT NULL,
    body_md TEXT NOT NULL,
    include_waiting BOOLEAN NOT NULL,
    sent_by TEXT NOT NULL,
    recipients BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX event_messages_event ON event_messages (event_id, created_at);
