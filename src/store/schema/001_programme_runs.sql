-- Schema version 1: work areas and programme runs (parameters, input checksums and results), and the
-- audit log. Kept to SQL that PostgreSQL also accepts, apart from the key columns (INTEGER PRIMARY
-- KEY here, an identity column there).
CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('gemeente', 'corporatie', 'welzijn')),
  created_at TEXT NOT NULL
);

CREATE TABLE work_areas (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (organisation_id, name)
);

CREATE TABLE programme_runs (
  id INTEGER PRIMARY KEY,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  name TEXT NOT NULL,
  edition INTEGER NOT NULL,
  budget_year INTEGER NOT NULL,
  budget_total INTEGER NOT NULL,
  parameters_json TEXT NOT NULL,
  units INTEGER NOT NULL,
  coupled_units INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);

CREATE TABLE run_inputs (
  run_id INTEGER NOT NULL REFERENCES programme_runs (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL
);
CREATE INDEX run_inputs_run ON run_inputs (run_id);

CREATE TABLE run_areas (
  run_id INTEGER NOT NULL REFERENCES programme_runs (id) ON DELETE CASCADE,
  area_level TEXT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  gemeente TEXT NOT NULL,
  n INTEGER NOT NULL,
  mean_afw REAL, mean_fys REAL, mean_onv REAL, mean_soc REAL, mean_vrz REAL, mean_won REAL,
  z_afw REAL, z_fys REAL, z_onv REAL, z_soc REAL, z_vrz REAL, z_won REAL,
  colour TEXT,
  level TEXT,
  indicatief INTEGER,
  weak_dimensions TEXT,
  PRIMARY KEY (run_id, area_level, code)
);

CREATE TABLE run_gemeenten (
  run_id INTEGER NOT NULL REFERENCES programme_runs (id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  units INTEGER NOT NULL,
  daeb_units INTEGER NOT NULL,
  focus INTEGER NOT NULL,
  budget_plan INTEGER NOT NULL,
  actual REAL,
  PRIMARY KEY (run_id, code)
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  purpose TEXT,
  detail TEXT
);
