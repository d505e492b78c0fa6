-- The language staff last used, for the emails Chorus sends them (goal milestones).
ALTER TABLE admins ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
