-- Held-back signatures can be released by staff: when, and the reason they were held back for.
ALTER TABLE signatures ADD COLUMN released_at INTEGER;
ALTER TABLE signatures ADD COLUMN released_flag TEXT;
CREATE INDEX signatures_petition_flag ON signatures (petition_id, flag);

-- Emails the public can cause, per recipient (a SHA-256 of the lower-cased address) in a window
-- that starts with the first email: the global per-address cap.
CREATE TABLE mail_caps (
    recipient_key TEXT PRIMARY KEY,
    window_start INTEGER NOT NULL,
    sent INTEGER NOT NULL
);

-- What the delivery file gives the target: the petition's consent names these fields.
ALTER TABLE petitions ADD COLUMN delivery_fields TEXT NOT NULL DEFAULT 'name,country';
