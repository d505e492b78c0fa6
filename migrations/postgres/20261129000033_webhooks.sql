-- Webhooks out: endpoints staff register, and one delivery row per event and endpoint, drained by
-- a leased, retried job like the outbox. The delivery's body is written when the event happens, so
-- every retry sends the same bytes under the same webhook-id.
CREATE TABLE webhook_endpoints (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url TEXT NOT NULL,
    -- Whether its payloads may carry names, email addresses and postcodes.
    personal BOOLEAN NOT NULL DEFAULT FALSE,
    -- whsec_… (Standard Webhooks): needed to sign, so kept; shown once, when created.
    secret TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'paused')),
    -- Failed attempts in a row; at webhooks.pause_after the endpoint is paused.
    failures BIGINT NOT NULL DEFAULT 0,
    paused_at BIGINT,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- The event types each endpoint receives, one row each.
CREATE TABLE webhook_subscriptions (
    endpoint_id BIGINT NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    event_type TEXT NOT NULL,
    PRIMARY KEY (endpoint_id, event_type)
);
CREATE INDEX webhook_subscriptions_type ON webhook_subscriptions (event_type);

CREATE TABLE webhook_deliveries (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    endpoint_id BIGINT NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    -- The webhook-id header: the same on every attempt and replay (the receiver's idempotency key).
    msg_id TEXT NOT NULL UNIQUE,
    event_type TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    locked_until BIGINT,
    last_status BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    delivered_at BIGINT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);

-- Every attempt, for the delivery log staff read.
CREATE TABLE webhook_attempts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id BIGINT NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
    endpoint_id BIGINT NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    -- The HTTP status, or NULL when no answer came (timeout, refused address, network error).
    status BIGINT,
    error TEXT,
    duration_ms BIGINT NOT NULL
);
CREATE INDEX webhook_attempts_endpoint ON webhook_attempts (endpoint_id, id);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id);
