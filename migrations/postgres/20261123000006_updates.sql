-- Updates from staff to the confirmed signers who opted in, a victory story shown on the page,
-- and the goal milestones staff have been told about.
CREATE TABLE petition_updates (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    petition_id BIGINT NOT NULL REFERENCES petitions(id),
    kind TEXT NOT NULL CHECK (kind IN ('progress', 'victory', 'delivery')),
    subject TEXT NOT NULL,
    body_md TEXT NOT NULL,
    sent_by TEXT NOT NULL,
    recipients BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

ALTER TABLE petitions ADD COLUMN victory_story TEXT;

CREATE TABLE petition_milestones (
    petition_id BIGINT NOT NULL REFERENCES petitions(id),
    percent BIGINT NOT NULL,
    reached_at BIGINT NOT NULL,
    PRIMARY KEY (petition_id, percent)
);

-- Partner sites whose browsers may call the petition's JSON API (CORS), one origin per line.
ALTER TABLE petitions ADD COLUMN cors_origins TEXT NOT NULL DEFAULT '';
