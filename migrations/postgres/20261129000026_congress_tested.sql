-- congress_deliveries.state gains 'tested': a test-mode campaign's letter that went to a CWC
-- testing endpoint (or through a form check without filling it), which no office received.
ALTER TABLE congress_deliveries DROP CONSTRAINT congress_deliveries_state_check;
ALTER TABLE congress_deliveries ADD CONSTRAINT congress_deliveries_state_check
    CHECK (state IN ('waiting', 'sent', 'tested', 'failed', 'hand'));
