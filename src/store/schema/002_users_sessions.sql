-- Schema version 2: users with their role and the wijken they work in, sessions and login attempts
-- (for throttling). Passwords are stored only as argon2id hashes; session tokens only as SHA-256.
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id),
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('beheerder', 'analist', 'wijkteam', 'lezer')),
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE user_wijken (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  wijk_code TEXT NOT NULL,
  PRIMARY KEY (user_id, wijk_code)
);

CREATE TABLE sessions (
  token_sha256 TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_attempts (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  at TEXT NOT NULL,
  succeeded INTEGER NOT NULL
);
CREATE INDEX login_attempts_email_at ON login_attempts (email, at);
