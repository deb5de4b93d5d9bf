-- Schema version 8: contact moments with residents and the signals they bring up (problems behind
-- the front door), their referral and follow-up, the retention period per record type and work
-- area, and the anonymous counts that remain after a record is purged or erased. Personal data is
-- kept to what the follow-up needs: an address (postcode, house number) or a resident reference
-- only while there is follow-up, and a free-text note.
CREATE TABLE signal_contacts (
  id INTEGER PRIMARY KEY,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  organisation_id INTEGER NOT NULL REFERENCES organisations (id),
  recorded_by TEXT NOT NULL,
  contact_date TEXT NOT NULL,
  wijk_code TEXT NOT NULL,
  buurt_code TEXT,
  kind TEXT NOT NULL
    CHECK (kind IN ('huisbezoek', 'telefoon', 'spreekuur', 'straatgesprek', 'wijkvernieuwing',
                    'email', 'overleg', 'anders')),
  postcode TEXT,
  huisnummer INTEGER,
  toevoeging TEXT,
  resident_ref TEXT,
  note TEXT,
  referral TEXT
    CHECK (referral IS NULL OR referral IN ('welzijn', 'sociaal_team', 'buurtbemiddeling',
                                            'politie', 'corporatie', 'schuldhulp', 'zorg',
                                            'anders')),
  follow_up_date TEXT,
  follow_up_status TEXT NOT NULL DEFAULT 'geen'
    CHECK (follow_up_status IN ('geen', 'open', 'bezig', 'afgerond')),
  done_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX signal_contacts_area_date ON signal_contacts (work_area_id, contact_date);
CREATE INDEX signal_contacts_address ON signal_contacts (work_area_id, postcode, huisnummer);
CREATE INDEX signal_contacts_ref ON signal_contacts (work_area_id, resident_ref);

CREATE TABLE signal_items (
  contact_id INTEGER NOT NULL REFERENCES signal_contacts (id) ON DELETE CASCADE,
  kind TEXT NOT NULL
    CHECK (kind IN ('eenzaamheid', 'verward_gedrag', 'overlast', 'jeugdoverlast', 'geldzorgen',
                    'slechte_woning', 'vervuiling', 'onveiligheid', 'gezondheid',
                    'laaggeletterdheid', 'anders')),
  PRIMARY KEY (contact_id, kind)
);

CREATE TABLE signal_follow_up_notes (
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES signal_contacts (id) ON DELETE CASCADE,
  note_date TEXT NOT NULL,
  note TEXT NOT NULL,
  written_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX signal_follow_up_notes_contact ON signal_follow_up_notes (contact_id);

CREATE TABLE signal_retention (
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  record_type TEXT NOT NULL
    CHECK (record_type IN ('contactmoment', 'opvolgnotitie', 'adres_na_afronding')),
  months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 120),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (work_area_id, record_type)
);

-- What stays of a purged or erased contact moment: how many signals of a kind were recorded in a
-- wijk in a month (YYYY-MM). No person, address or date of a single contact.
CREATE TABLE signal_count_archive (
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  month TEXT NOT NULL,
  wijk_code TEXT NOT NULL,
  kind TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (work_area_id, month, wijk_code, kind)
);
