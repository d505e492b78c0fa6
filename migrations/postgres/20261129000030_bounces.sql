-- Bounces and complaints. suppressions: canonical addresses nothing is sent to (why, which kind of
-- email bounced, where the report came from). soft_bounces: soft bounces in a row per address.
-- bounce_reports: the reports already handled (a maildir message, a webhook event), so a report
-- read twice (after a crash, a provider's retry) counts once. targets.email_bounced_at: a letter to
-- that office bounced (the directory may be stale).
CREATE TABLE suppressions (
    address TEXT PRIMARY KEY,
    reason TEXT NOT NULL CHECK (reason IN ('hard_bounce', 'complaint', 'soft_bounces', 'manual')),
    kind TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL CHECK (source IN ('mailbox', 'postmark', 'staff')),
    detail TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX suppressions_created ON suppressions (created_at);

CREATE TABLE soft_bounces (
    address TEXT PRIMARY KEY,
    bounces BIGINT NOT NULL,
    last_at BIGINT NOT NULL
);

CREATE TABLE bounce_reports (
    id TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL
);
CREATE INDEX bounce_reports_created ON bounce_reports (created_at);

ALTER TABLE targets ADD COLUMN email_bounced_at BIGINT;
