-- Schema version 4: what the web application works with. The partner organisations of a work
-- area (the municipality and welfare organisation of the partnership), the CBS postcode-house
-- number table, the work area's current programme settings, and saved what-if scenarios.
CREATE TABLE work_area_partners (
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  organisation_id INTEGER NOT NULL REFERENCES organisations (id),
  PRIMARY KEY (work_area_id, organisation_id)
);

CREATE TABLE pc6hnr_rows (
  import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  postcode TEXT NOT NULL,
  huisnummer INTEGER NOT NULL,
  buurt TEXT NOT NULL,
  wijk TEXT NOT NULL,
  gemeente TEXT NOT NULL
);
CREATE INDEX pc6hnr_rows_import ON pc6hnr_rows (import_id);

CREATE TABLE work_area_settings (
  work_area_id INTEGER PRIMARY KEY REFERENCES work_areas (id),
  parameters_json TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE scenarios (
  id INTEGER PRIMARY KEY,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  name TEXT NOT NULL,
  parameters_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (work_area_id, name)
);
