-- Erasing a supporter's data deletes the emails already sent to their address, except the rows
-- that are a letter's record. Both are found by index, not by reading the whole outbox and every
-- letter (on SQLite while holding the write lock that every signature waits for).
-- Only rows that have left the queue are in the first index, so queueing an email (a signature's
-- own write) costs nothing more; the queued ones are few and found by `outbox_due`.
CREATE INDEX outbox_recipient_done ON outbox (lower(recipient)) WHERE state <> 'pending';
CREATE INDEX letters_outbox ON letters (outbox_id) WHERE outbox_id IS NOT NULL;
