-- A disabled account cannot sign in; its sessions are ended when it is disabled.
ALTER TABLE admins ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
-- Two-factor sign-in: the TOTP secret (base32) once enrolled, and the last time step accepted, so
-- a code is never accepted twice.
ALTER TABLE admins ADD COLUMN totp_secret TEXT;
ALTER TABLE admins ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0;

-- Signed-in staff sessions: one row per sign-in, so all of an account's sessions can be ended at
-- once, and the idle timeout slides with activity (last_seen).
CREATE TABLE admin_sessions (
    id TEXT PRIMARY KEY,
    admin_id INTEGER NOT NULL REFERENCES admins (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen INTEGER NOT NULL
);
CREATE INDEX admin_sessions_admin ON admin_sessions (admin_id);

-- One-time recovery codes, as SHA-256 hex of high-entropy random codes.
CREATE TABLE admin_recovery_codes (
    admin_id INTEGER NOT NULL REFERENCES admins (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    PRIMARY KEY (admin_id, code_hash)
);
