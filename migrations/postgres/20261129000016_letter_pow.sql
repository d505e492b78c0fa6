-- Staff can require a proof of work on a letter campaign under attack, as on a petition.
ALTER TABLE letter_campaigns ADD COLUMN pow_required BOOLEAN NOT NULL DEFAULT FALSE;
