-- Petition and letter-campaign text per language; pages fall back to the main language (locale).
CREATE TABLE petition_translations (
    petition_id BIGINT NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body_md TEXT NOT NULL DEFAULT '',
    consent_text TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (petition_id, lang)
);

CREATE TABLE letter_campaign_translations (
    campaign_id BIGINT NOT NULL REFERENCES letter_campaigns(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    intro_md TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, lang)
);
