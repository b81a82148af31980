-- $1: json array of {fsa, province, population, lon, lat}
INSERT INTO fsa (code, province, population, centroid)
SELECT x->>'fsa', x->>'province', (x->>'population')::integer,
       ST_SetSRID(ST_MakePoint((x->>'lon')::double precision, (x->>'lat')::double precision), 4326)
FROM json_array_elements($1::json) AS x
ON CONFLICT (code) DO UPDATE
SET province = excluded.province, population = excluded.population, centroid = excluded.centroid
