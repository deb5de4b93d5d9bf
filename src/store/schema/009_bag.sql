-- Schema version 9: BAG addresses (verblijfsobjecten with a residential use) as an import, and the
-- area of a resident initiative: its buurt, a circle or a drawn polygon. The imports table is
-- rebuilt with 'bag' among its kinds, exactly as schema 5 added 'grid' (SQLite cannot change a
-- CHECK constraint; foreign keys are off during migrations; ids and the AUTOINCREMENT counter are
-- kept).
CREATE TABLE imports_v9 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  kind TEXT NOT NULL
    CHECK (kind IN ('scores', 'buurten', 'wijken', 'gemeenten', 'grid', 'stock', 'pc6hnr',
                    'actuals', 'bag')),
  level TEXT,
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  rows_read INTEGER NOT NULL,
  warnings_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
INSERT INTO imports_v9 (id, work_area_id, kind, level, file, sha256, rows_read, warnings_json,
                        created_at, created_by)
  SELECT id, work_area_id, kind, level, file, sha256, rows_read, warnings_json, created_at,
         created_by FROM imports;
DELETE FROM sqlite_sequence WHERE name = 'imports_v9';
INSERT INTO sqlite_sequence (name, seq) SELECT 'imports_v9', seq FROM sqlite_sequence
  WHERE name = 'imports';
DROP TABLE imports;
ALTER TABLE imports_v9 RENAME TO imports;
CREATE INDEX imports_work_area_kind ON imports (work_area_id, kind, level);

-- One row per BAG address, in RD New. The letter and addition are kept as the file has them.
CREATE TABLE bag_addresses (
  import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  vbo_id TEXT NOT NULL,
  postcode TEXT NOT NULL,
  huisnummer INTEGER NOT NULL,
  huisletter TEXT NOT NULL DEFAULT '',
  toevoeging TEXT NOT NULL DEFAULT '',
  x REAL NOT NULL,
  y REAL NOT NULL
);
CREATE INDEX bag_addresses_import ON bag_addresses (import_id);
CREATE INDEX bag_addresses_address ON bag_addresses (work_area_id, postcode, huisnummer);
CREATE INDEX bag_addresses_xy ON bag_addresses (work_area_id, x, y);
-- The bounding-box prefilter of the household count also reads the located stock.
CREATE INDEX stock_units_xy ON stock_units (work_area_id, x, y);

-- The area of an initiative. area_json holds the shape as the API gives it (WGS84); the household
-- count's basis says what was counted: pc6hnr (a buurt), bag or corporatie (a shape without BAG).
ALTER TABLE initiatives ADD COLUMN area_kind TEXT NOT NULL DEFAULT 'buurt'
  CHECK (area_kind IN ('buurt', 'cirkel', 'polygoon'));
ALTER TABLE initiatives ADD COLUMN area_json TEXT;
ALTER TABLE initiatives ADD COLUMN households_basis TEXT NOT NULL DEFAULT 'pc6hnr';
