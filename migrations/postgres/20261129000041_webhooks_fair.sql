-- Webhooks, fairly and as announced.
--
-- Whether the person's consent text, when they signed, wrote or signed on, said their details may
-- be passed to the organisation's own systems: only then do endpoints allowed personal fields get
-- them. Nobody before this column was recorded as told, so their events go without them.
ALTER TABLE signatures ADD COLUMN sharing_notice BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE letter_supporters ADD COLUMN sharing_notice BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE organisation_signatures ADD COLUMN sharing_notice BOOLEAN NOT NULL DEFAULT FALSE;

-- When the outbox sent a queued letter and `letter.sent` was recorded for it. Letters queued before
-- this had their event when queued: they are marked so it is not recorded twice.
ALTER TABLE letters ADD COLUMN sent_at BIGINT;
UPDATE letters SET sent_at = queued_at WHERE state = 'queued';
CREATE INDEX letters_unannounced ON letters (outbox_id) WHERE state = 'queued' AND sent_at IS NULL;

-- The delivery job counts, per endpoint, the deliveries on the wire.
CREATE INDEX webhook_deliveries_leased ON webhook_deliveries (endpoint_id, locked_until) WHERE state = 'pending';
