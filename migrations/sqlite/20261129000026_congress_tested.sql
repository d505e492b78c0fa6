-- congress_deliveries.state gains 'tested': a test-mode campaign's letter that went to a CWC
-- testing endpoint (or through a form check without filling it), which no office received.
-- SQLite cannot change a CHECK in place: the table is copied. Nothing references it.
CREATE TABLE congress_deliveries_new (
    letter_id INTEGER PRIMARY KEY REFERENCES letters(id) ON DELETE CASCADE,
    delivery_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sent', 'tested', 'failed', 'hand')),
    channel TEXT NOT NULL DEFAULT '',
    office_code TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at INTEGER NOT NULL,
    reason TEXT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
INSERT INTO congress_deliveries_new (letter_id, delivery_id, state, channel, office_code, attempts, next_at, reason, created_at, sent_at)
    SELECT letter_id, delivery_id, state, channel, office_code, attempts, next_at, reason, created_at, sent_at FROM congress_deliveries;
DROP TABLE congress_deliveries;
ALTER TABLE congress_deliveries_new RENAME TO congress_deliveries;
CREATE INDEX congress_deliveries_due ON congress_deliveries (state, next_at);
