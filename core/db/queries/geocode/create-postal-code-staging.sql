-- A staging table for one postal-code load, dropped at the end of its transaction.
CREATE TEMP TABLE postal_code_load (LIKE postal_code) ON COMMIT DROP
