-- Indexes only over the rows their queries look for: a clean signature (no flag) is no entry in
-- the held-back index, and a confirmed one leaves the pending-by-age index (purge, reminders).
DROP INDEX signatures_petition_flag;
CREATE INDEX signatures_petition_flag ON signatures (petition_id, flag) WHERE flag IS NOT NULL;
DROP INDEX signatures_state_created;
CREATE INDEX signatures_pending_created ON signatures (created_at) WHERE state = 'pending';
