-- Letters to the US Congress delivered through Communicating with Congress (CWC) or a congress-forms
-- server. congress_deliveries: one row per letter handed to a service, written when the letter is
-- claimed; delivery_id is the CWC DeliveryId, kept across retries so a resent message is the same
-- message. state: waiting (next_at: when it may be sent, or when a crashed send's lease ends),
-- sent, failed (reason kept; the letter went back to the supporter), hand (no channel reaches the
-- office). congress_offices: the offices each CWC service lists as taking messages, refreshed daily.
-- letter_campaign_congress: per campaign CWC topics, campaign id and test mode.
-- targets.delivery_channel: how a letter to the member would travel now ('cwc', 'form_service',
-- or '' for handed to the supporter), kept up to date from the office lists and the settings.
CREATE TABLE congress_deliveries (
    letter_id BIGINT PRIMARY KEY REFERENCES letters(id) ON DELETE CASCADE,
    delivery_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sent', 'failed', 'hand')),
    channel TEXT NOT NULL DEFAULT '',
    office_code TEXT NOT NULL DEFAULT '',
    attempts BIGINT NOT NULL DEFAULT 0,
    next_at BIGINT NOT NULL,
    reason TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX congress_deliveries_due ON congress_deliveries (state, next_at);
CREATE TABLE congress_offices (
    chamber TEXT NOT NULL,
    office_code TEXT NOT NULL,
    PRIMARY KEY (chamber, office_code)
);
CREATE TABLE congress_office_lists (
    chamber TEXT PRIMARY KEY,
    fetched_at BIGINT NOT NULL
);
CREATE TABLE letter_campaign_congress (
    campaign_id BIGINT PRIMARY KEY REFERENCES letter_campaigns(id) ON DELETE CASCADE,
    cwc_topics TEXT NOT NULL DEFAULT '',
    cwc_campaign_id TEXT NOT NULL DEFAULT '',
    test_mode BOOLEAN NOT NULL DEFAULT FALSE
);
ALTER TABLE targets ADD COLUMN delivery_channel TEXT NOT NULL DEFAULT '';
