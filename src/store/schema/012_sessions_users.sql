-- Schema version 12: sessions end after a while without requests (last_seen_at; NULL means not
-- seen since created_at), and failed log-ins are counted per account and client address, so that
-- the throttle slows an attacker without locking the owner out.
ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;

ALTER TABLE login_attempts ADD COLUMN client TEXT NOT NULL DEFAULT '';
CREATE INDEX login_attempts_client_at ON login_attempts (client, at);
CREATE INDEX login_attempts_at ON login_attempts (at);
