-- Schema version 11: records of earlier years read from CSV or XLSX (issue 4). An initiative of an
-- earlier year comes without the addresses of its supporters: its number of supports is kept as
-- imported_supports and counted with the confirmed supports. NULL for initiatives made here.
ALTER TABLE initiatives ADD COLUMN imported_supports INTEGER CHECK (imported_supports >= 0);
