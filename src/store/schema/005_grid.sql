-- Schema version 5: the Leefbaarometer grid (grid_id -> 100 m cell) as an import, so that scores
-- per grid cell can be used from the store. SQLite cannot change a CHECK constraint in place: the
-- imports table is rebuilt (foreign keys are off during migrations) with 'grid' among its kinds,
-- keeping its ids and its AUTOINCREMENT counter (ids are never reused).
CREATE TABLE imports_v5 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  kind TEXT NOT NULL
    CHECK (kind IN ('scores', 'buurten', 'wijken', 'gemeenten', 'grid', 'stock', 'pc6hnr',
                    'actuals')),
  level TEXT,
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  rows_read INTEGER NOT NULL,
  warnings_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
INSERT INTO imports_v5 (id, work_area_id, kind, level, file, sha256, rows_read, warnings_json,
                        created_at, created_by)
  SELECT id, work_area_id, kind, level, file, sha256, rows_read, warnings_json, created_at,
         created_by FROM imports;
DELETE FROM sqlite_sequence WHERE name = 'imports_v5';
INSERT INTO sqlite_sequence (name, seq) SELECT 'imports_v5', seq FROM sqlite_sequence
  WHERE name = 'imports';
DROP TABLE imports;
ALTER TABLE imports_v5 RENAME TO imports;
CREATE INDEX imports_work_area_kind ON imports (work_area_id, kind, level);

CREATE TABLE grid_cells (
  import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  work_area_id INTEGER NOT NULL REFERENCES work_areas (id),
  grid_id TEXT NOT NULL,
  cell_x REAL NOT NULL,
  cell_y REAL NOT NULL
);
CREATE INDEX grid_cells_import ON grid_cells (import_id);
