-- Schema version 3: imported inputs per work area (score tables, geometries, stock, actual
-- spending). One import row per file read; its rows cascade with it. Re-importing a kind replaces
-- the previous import of that kind (for scores: of that level).
CREATE TABLE imports (
  id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: the audit log names imports by id
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  kind TEXT NOT NULL
    CHECK (kind IN ('scores', 'buurten', 'wijken', 'gemeenten', 'stock', 'pc6hnr', 'actuals')),
  level TEXT,
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  rows_read INTEGER NOT NULL,
  warnings_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX imports_work_area_kind ON imports (work_area_id, kind, level);

CREATE TABLE score_rows (
  import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  level TEXT NOT NULL,
  code TEXT NOT NULL,
  jaar INTEGER NOT NULL,
  lbm REAL, afw REAL, fys REAL, onv REAL, soc REAL, vrz REAL, won REAL
);
CREATE INDEX score_rows_lookup ON score_rows (work_area_id, level, code, jaar);
CREATE INDEX score_rows_import ON score_rows (import_id);

CREATE TABLE areas (
  import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  kind TEXT NOT NULL CHECK (kind IN ('buurt', 'wijk', 'gemeente')),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  wijk_code TEXT,
  gemeente_code TEXT,
  geometry_rd TEXT NOT NULL
);
CREATE INDEX areas_lookup ON areas (work_area_id, kind, code);
CREATE INDEX areas_import ON areas (import_id);

CREATE TABLE stock_units (
  import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  unit_id TEXT NOT NULL,
  x REAL,
  y REAL,
  postcode TEXT,
  huisnummer TEXT,
  buurtcode TEXT,
  complex TEXT,
  daeb INTEGER,
  source TEXT NOT NULL,
  row INTEGER NOT NULL,
  UNIQUE (import_id, unit_id)
);
CREATE INDEX stock_units_work_area ON stock_units (work_area_id, unit_id);

CREATE TABLE actuals (
  import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  gemeente TEXT NOT NULL,
  jaar INTEGER NOT NULL,
  bedrag REAL NOT NULL,
  categorie TEXT
);
CREATE INDEX actuals_import ON actuals (import_id);
