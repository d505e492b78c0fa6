-- Who a petition is addressed to, in another language.
ALTER TABLE petition_translations ADD COLUMN target TEXT NOT NULL DEFAULT '';
