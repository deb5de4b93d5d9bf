-- Schema version 10: deadline reminders and the portal's campaign intake (issue 4).
--
-- reminder_mails: which reminder (an initiative's decision due or overdue, a mediation case's
-- intake or aftercare deadline; the key names the record and the moment) was mailed to which
-- user, so that the daily run mails each reminder once per recipient.
--
-- portal_campaign_submissions: a Christmas tree request or superbuur nomination from the public
-- portal waiting for its e-mail link. Only the SHA-256 of the link's token is kept; on
-- confirmation the request or nomination is recorded in the campaign's own table, and the
-- nominee's name and motivation here are cleared. Unconfirmed ones go after 7 days.
CREATE TABLE reminder_mails (
  id INTEGER PRIMARY KEY,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id) ON DELETE CASCADE,
  reminder_key TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  outbox_id INTEGER,
  sent_at TEXT NOT NULL,
  UNIQUE (reminder_key, user_id)
);
CREATE INDEX reminder_mails_work_area ON reminder_mails (work_area_id, reminder_key);

CREATE TABLE portal_campaign_submissions (
  id INTEGER PRIMARY KEY,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('kerstboom', 'superbuur')),
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  street TEXT,
  buurt_code TEXT NOT NULL,
  pickup_on TEXT,
  nominee TEXT,
  motivation TEXT,
  token_sha256 TEXT NOT NULL UNIQUE,
  outbox_id INTEGER,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  record_id INTEGER
);
CREATE INDEX portal_campaign_submissions_expiry ON portal_campaign_submissions (used_at, expires_at);
