-- Letters and organisation sign-on on the open internet.
-- emails_sent: confirmation emails caused by the row (capped, like signatures); flag: why the
-- anti-abuse guard held it back (flagged letters are never dispatched until staff release them);
-- ip_hash / ip_prefix: where it came from, never the address itself.
ALTER TABLE letter_supporters ADD COLUMN emails_sent INTEGER NOT NULL DEFAULT 1;
ALTER TABLE letter_supporters ADD COLUMN flag TEXT;
ALTER TABLE letter_supporters ADD COLUMN ip_hash TEXT;
ALTER TABLE letter_supporters ADD COLUMN ip_prefix TEXT;
CREATE INDEX letter_supporters_state_created ON letter_supporters (state, created_at);

-- Organisations are listed publicly only once staff approve them (review: NULL while waiting,
-- 'approved' or 'rejected'); those already listed stay listed. locale: the contact's language,
-- for the approval email.
ALTER TABLE organisation_signatures ADD COLUMN emails_sent INTEGER NOT NULL DEFAULT 1;
ALTER TABLE organisation_signatures ADD COLUMN flag TEXT;
ALTER TABLE organisation_signatures ADD COLUMN ip_hash TEXT;
ALTER TABLE organisation_signatures ADD COLUMN ip_prefix TEXT;
ALTER TABLE organisation_signatures ADD COLUMN locale TEXT NOT NULL DEFAULT 'en';
ALTER TABLE organisation_signatures ADD COLUMN review TEXT CHECK (review IN ('approved', 'rejected'));
ALTER TABLE organisation_signatures ADD COLUMN reviewed_at INTEGER;
UPDATE organisation_signatures SET review = 'approved', reviewed_at = confirmed_at WHERE state = 'confirmed';
CREATE INDEX organisation_signatures_state_created ON organisation_signatures (state, created_at);
