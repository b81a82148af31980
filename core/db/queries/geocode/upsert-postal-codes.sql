-- Moves a load of postal codes from its staging table into postal_code, replacing codes already there.
INSERT INTO postal_code (code, centroid, source)
SELECT code, centroid, source FROM postal_code_load
ON CONFLICT (code) DO UPDATE SET centroid = excluded.centroid, source = excluded.source
