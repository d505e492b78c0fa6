-- Signature links are derived from the signature's id and this generation (an HMAC under a
-- shared key), so a new signature writes no token rows. Replacing a pending signature bumps the
-- generation, which kills its older links. Links sent before stay in signature_tokens.
ALTER TABLE signatures ADD COLUMN link_gen INTEGER NOT NULL DEFAULT 0;
