-- A letter campaign's translation carries its own consent wording: supporters agree to words in
-- the language of the page they read. A translation left without one (saved before) is not offered.
ALTER TABLE letter_campaign_translations ADD COLUMN consent_text TEXT NOT NULL DEFAULT '';
