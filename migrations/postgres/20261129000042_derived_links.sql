-- Signature links are derived from the signature's id and this generation (an HMAC under a
-- shared key), so a new signature writes no token rows. Replacing a pending signature bumps the
-- generation, which kills its older links. New rows start at the time they are written (ms), so
-- a reused id never matches the links of the row that had it before. Links sent before stay in
-- signature_tokens.
ALTER TABLE signatures ADD COLUMN link_gen BIGINT NOT NULL DEFAULT 0;
