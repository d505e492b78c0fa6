-- Webhooks out: endpoints staff register, and one delivery row per event and endpoint, drained by
-- a leased, retried job like the outbox. The delivery's body is written when the event happens, so
-- every retry sends the same bytes under the same webhook-id.
CREATE TABLE webhook_endpoints (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    -- Whether its payloads may carry names, email addresses and postcodes.
    personal BOOLEAN NOT NULL DEFAULT 0,
    -- whsec_… (Standard Webhooks): needed to sign, so kept; shown once, when created.
    secret TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'paused')),
    -- Failed attempts in a row; at webhooks.pause_after the endpoint is paused.
    failures INTEGER NOT NULL DEFAULT 0,
    paused_at INTEGER,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- The event types each endpoint receives, one row each.
CREATE TABLE webhook_subscriptions (
    endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    event_type TEXT NOT NULL,
    PRIMARY KEY (endpoint_id, event_type)
);
CREATE INDEX webhook_subscriptions_type ON webhook_subscriptions (event_type);

CREATE TABLE webhook_deliveries (
    id INTEGER PRIMARY KEY,
    endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    -- The webhook-id header: the same on every attempt and replay (the receiver's idempotency key).
    msg_id TEXT NOT NULL UNIQUE,
    event_type TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    locked_until INTEGER,
    last_status INTEGER,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    delivered_at INTEGER
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);

-- Every attempt, for the delivery log staff read.
CREATE TABLE webhook_attempts (
    id INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
    endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    -- The HTTP status, or NULL when no answer came (timeout, refused address, network error).
    status INTEGER,
    error TEXT,
    duration_ms INTEGER NOT NULL
);
CREATE INDEX webhook_attempts_endpoint ON webhook_attempts (endpoint_id, id);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id);
