-- Held-back signatures can be released by staff: when, and the reason they were held back for.
ALTER TABLE signatures ADD COLUMN released_at BIGINT;
ALTER TABLE signatures ADD COLUMN released_flag TEXT;
-- Reminders sent to a signer who has not confirmed (unsubscribing stops them).
ALTER TABLE signatures ADD COLUMN reminders_sent BIGINT NOT NULL DEFAULT 0;
CREATE INDEX signatures_petition_flag ON signatures (petition_id, flag);

-- Whether an outbox row has been counted against its recipient's cap (once, whatever the retries).
ALTER TABLE outbox ADD COLUMN cap_counted BOOLEAN NOT NULL DEFAULT FALSE;

-- Emails the public can cause, per recipient (a SHA-256 of the lower-cased address) in a window
-- that starts with the first email: the global per-address cap.
CREATE TABLE mail_caps (
    recipient_key TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    sent BIGINT NOT NULL
);

-- What the delivery file gives the target: the petition's consent names these fields.
ALTER TABLE petitions ADD COLUMN delivery_fields TEXT NOT NULL DEFAULT 'name,country';

-- Proof-of-work solutions already used, by any instance (each is good once).
CREATE TABLE pow_used (
    challenge TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL
);

-- Rate-limit hits per instance, scope (petition or campaign), key and 5-second bucket: instances
-- merge each other's every few seconds, so N instances do not allow N times the limits.
CREATE TABLE rate_hits (
    instance TEXT NOT NULL,
    scope BIGINT NOT NULL,
    key TEXT NOT NULL,
    bucket BIGINT NOT NULL,
    hits BIGINT NOT NULL,
    PRIMARY KEY (instance, scope, key, bucket)
);
CREATE INDEX rate_hits_bucket ON rate_hits (bucket);
