-- Adds the generalized places not stored yet and returns the id of every place asked for.
-- $1: json array of {key, h3_r8, fsa, municipality_id, lon, lat}
WITH input AS (
  SELECT x->>'key' AS place_key, x->>'h3_r8' AS h3_r8, x->>'fsa' AS fsa, (x->>'municipality_id')::integer AS municipality_id,
         ST_SetSRID(ST_MakePoint((x->>'lon')::double precision, (x->>'lat')::double precision), 4326) AS point
  FROM json_array_elements($1::json) AS x
), inserted AS (
  INSERT INTO place (place_key, h3_r8, fsa, municipality_id, point)
  SELECT place_key, h3_r8, fsa, municipality_id, point FROM input
  ON CONFLICT (place_key) DO NOTHING
  RETURNING id, place_key
)
SELECT id, place_key FROM inserted
UNION ALL
SELECT p.id, p.place_key FROM place AS p JOIN input AS i ON i.place_key = p.place_key
