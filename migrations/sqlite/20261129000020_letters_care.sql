-- Letter writers' self-service and reminders.
-- letter_data_tokens: the my-data link in each email to a letter writer (hashes only; one per
-- email, all of a writer's deleted when they erase). reminders_sent: reminders to confirm sent so
-- far. unsubscribed_at: the writer wants no more reminders or updates from the campaign.
-- letter_email_log: confirmation emails per address and campaign, counted in a rolling window
-- (the old count was for ever, so five submissions by a stranger locked an address out).
CREATE TABLE letter_data_tokens (
    token_hash TEXT PRIMARY KEY,
    supporter_id INTEGER NOT NULL REFERENCES letter_supporters(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);
CREATE INDEX letter_data_tokens_supporter ON letter_data_tokens (supporter_id);
ALTER TABLE letter_supporters ADD COLUMN reminders_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE letter_supporters ADD COLUMN unsubscribed_at INTEGER;
CREATE TABLE letter_email_log (
    campaign_id INTEGER NOT NULL,
    canonical_email TEXT NOT NULL,
    sent_at INTEGER NOT NULL
);
CREATE INDEX letter_email_log_key ON letter_email_log (campaign_id, canonical_email, sent_at);
-- Emails sent before this change count from the time of their submission.
INSERT INTO letter_email_log (campaign_id, canonical_email, sent_at)
    SELECT campaign_id, canonical_email, created_at FROM letter_supporters WHERE emails_sent > 0 AND email <> '';
