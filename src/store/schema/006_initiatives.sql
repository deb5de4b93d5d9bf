-- Schema version 6: resident initiatives (issue 4). An initiative lies in one buurt (from an address
-- or picked by staff); its households concerned are counted when it is made; supports are one per
-- address (a partial unique index over the confirmed ones); the wijk team decides with pledges per
-- organisation. Residents on the public portal confirm by an e-mail link: only the SHA-256 of the
-- token is kept, and the address of the mail only in the outbox until the link is used. The
-- spending ledger keeps every amount (in cents) with its BTIV art. 51 category for corporation
-- money.
CREATE TABLE initiative_settings (
  work_area_id INTEGER PRIMARY KEY REFERENCES work_areas (id) ON DELETE CASCADE,
  majority_share REAL NOT NULL CHECK (majority_share > 0 AND majority_share < 1),
  decision_weeks INTEGER NOT NULL CHECK (decision_weeks BETWEEN 1 AND 52),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE initiatives (
  id INTEGER PRIMARY KEY,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('buurtfeest', 'speelplek', 'groen', 'ontmoeten', 'schoon',
                                     'jeugd', 'ouderen', 'buurtkrant', 'veiligheid', 'overig')),
  buurt_code TEXT NOT NULL,
  wijk_code TEXT NOT NULL,
  gemeente_code TEXT NOT NULL,
  location_postcode TEXT,
  location_huisnummer INTEGER,
  lat REAL,
  lon REAL,
  households INTEGER NOT NULL CHECK (households >= 0),
  asked_amount_cents INTEGER NOT NULL DEFAULT 0 CHECK (asked_amount_cents >= 0),
  asked_hours INTEGER NOT NULL DEFAULT 0 CHECK (asked_hours >= 0),
  asked_materials TEXT NOT NULL DEFAULT '',
  asked_organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
  source TEXT NOT NULL CHECK (source IN ('portaal', 'medewerker', 'papier')),
  entered_by TEXT,
  state TEXT NOT NULL CHECK (state IN ('onbevestigd', 'open', 'goedgekeurd', 'afgewezen',
                                       'gerealiseerd', 'geevalueerd')),
  created_at TEXT NOT NULL,
  majority_at TEXT,
  decision_due TEXT,
  decided_at TEXT,
  decided_by TEXT,
  refusal_reason TEXT,
  realised_at TEXT,
  evaluated_at TEXT,
  evaluation TEXT
);
CREATE INDEX initiatives_work_area ON initiatives (work_area_id, wijk_code, state);

CREATE TABLE initiative_supports (
  id INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  address_key TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('portaal', 'papier')),
  entered_by TEXT,
  created_at TEXT NOT NULL,
  confirmed_at TEXT
);
CREATE UNIQUE INDEX initiative_supports_one_per_address ON initiative_supports
  (initiative_id, address_key) WHERE confirmed_at IS NOT NULL;

CREATE TABLE initiative_pledges (
  id INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id),
  amount_cents INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
  hours INTEGER NOT NULL DEFAULT 0 CHECK (hours >= 0),
  means TEXT NOT NULL DEFAULT ''
);
CREATE INDEX initiative_pledges_initiative ON initiative_pledges (initiative_id);

CREATE TABLE portal_verifications (
  id INTEGER PRIMARY KEY,
  token_sha256 TEXT NOT NULL UNIQUE,
  initiative_id INTEGER REFERENCES initiatives (id) ON DELETE CASCADE,
  support_id INTEGER REFERENCES initiative_supports (id) ON DELETE CASCADE,
  outbox_id INTEGER,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);

CREATE TABLE mail_outbox (
  id INTEGER PRIMARY KEY,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sent_at TEXT
);

-- Rate limiting of the public portal: the SHA-256 of the client address or of the postal address.
CREATE TABLE portal_requests (
  id INTEGER PRIMARY KEY,
  key_sha256 TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX portal_requests_key_at ON portal_requests (key_sha256, at);

CREATE TABLE spending_entries (
  id INTEGER PRIMARY KEY,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id) ON DELETE CASCADE,
  spent_on TEXT NOT NULL,
  gemeente_code TEXT NOT NULL,
  wijk_code TEXT,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id),
  amount_cents INTEGER NOT NULL,
  btiv_category TEXT CHECK (btiv_category IN ('a', 'b', 'c')),
  effort TEXT CHECK (effort IN ('Basis', 'Plus', 'PlusPlus')),
  initiative_id INTEGER REFERENCES initiatives (id) ON DELETE SET NULL,
  activity_ref TEXT,
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX spending_entries_work_area ON spending_entries (work_area_id, spent_on);

-- Address look-ups of the portal and the household count per buurt.
CREATE INDEX pc6hnr_rows_address ON pc6hnr_rows (work_area_id, postcode, huisnummer);
CREATE INDEX pc6hnr_rows_buurt ON pc6hnr_rows (work_area_id, buurt);
CREATE INDEX stock_units_postcode ON stock_units (work_area_id, postcode);
