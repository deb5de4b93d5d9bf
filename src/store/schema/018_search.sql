-- Schema version 18: the search in the top bar. The stock's street and place as its file writes
-- them, and the street's search key (lower case, accents and punctuation folded away:
-- core/search_terms.hpp), written by the stock import. A stock imported before this step has no
-- streets until it is imported again; postcodes, areas and complexes are found without them.
ALTER TABLE stock_units ADD COLUMN straat TEXT;
ALTER TABLE stock_units ADD COLUMN plaats TEXT;
ALTER TABLE stock_units ADD COLUMN straat_key TEXT;
CREATE INDEX stock_units_street ON stock_units (work_area_id, straat_key);
