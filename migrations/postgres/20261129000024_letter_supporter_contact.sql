-- How a letter writer is addressed (Mr., Ms., Mx., Dr., …) and their phone number, both optional:
-- Communicating with Congress and many offices' contact forms ask for them. Cleared with the
-- writer's other details on erasure and anonymisation.
ALTER TABLE letter_supporters ADD COLUMN prefix TEXT NOT NULL DEFAULT '';
ALTER TABLE letter_supporters ADD COLUMN phone TEXT NOT NULL DEFAULT '';
