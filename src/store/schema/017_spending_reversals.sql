-- Schema version 17: corrections of the spending ledger as reversal entries (issue 11 point 7). A
-- wrong row is never changed or removed, as bookkeeping requires: a correction adds a reversal row
-- (the original's amount negated, its other fields the same, so every total nets out) that names
-- the original, with the reason; who and when are its created_by and created_at. A corrected row
-- may follow, naming the original it replaces. A row is reversed at most once (the unique index).
ALTER TABLE spending_entries ADD COLUMN reverses_id INTEGER REFERENCES spending_entries (id);
ALTER TABLE spending_entries ADD COLUMN replaces_id INTEGER REFERENCES spending_entries (id);
ALTER TABLE spending_entries ADD COLUMN correction_reason TEXT;
CREATE UNIQUE INDEX spending_entries_reversal ON spending_entries (reverses_id)
  WHERE reverses_id IS NOT NULL;
