-- One signature row per transaction, the same shape Chorus writes.
\set n random(1, 1000000000)
INSERT INTO signatures (petition_id, name, email, canonical_email, country, postcode, show_name, newsletter, consent_version, state, emails_sent, created_at)
VALUES (:petition, 'Bench Signer', 'pgbench-' || :client_id || '-' || :n || '@example.org', 'pgbench-' || :client_id || '-' || :n || '-' || txid_current() || '@example.org', 'GB', 'SW1A 1AA', false, false, 1, 'pending', 1, 0)
ON CONFLICT (petition_id, canonical_email) DO NOTHING;
