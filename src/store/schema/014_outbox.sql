-- Schema version 14: the outbox as the queue of the mail delivery (issue 9).
--
-- status: queued (waiting for its first or next try), sent, or failed (given up after the
-- maximum number of tries). tries counts the attempts, last_error keeps the relay's answer of the
-- last failed one, next_try_at the earliest moment of the next (the back-off). A mail whose
-- recipient was removed (an unconfirmed portal submission purged, a link used before the mail
-- went out) is never sent.
ALTER TABLE mail_outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'queued'
  CHECK (status IN ('queued', 'sent', 'failed'));
ALTER TABLE mail_outbox ADD COLUMN tries INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mail_outbox ADD COLUMN last_error TEXT;
ALTER TABLE mail_outbox ADD COLUMN next_try_at TEXT;
UPDATE mail_outbox SET status = 'sent' WHERE sent_at IS NOT NULL;
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_try_at);
