-- Emails whose content is rendered when sent: the outbox keeps only their parameters (JSON),
-- which keeps the signing transaction small.
ALTER TABLE outbox ADD COLUMN payload TEXT;
