-- Loads a point-only level (the municipality gazetteer). $1 level id, $2 json array of
-- {code, name, name_key, parent_code, population, population_source, lon, lat, attributes}, $3 parent level id
INSERT INTO territory (level_id, code, name, name_key, parent_id, population, population_source, centroid, attributes)
SELECT $1, x->>'code', x->>'name', x->>'name_key', parent.id, (x->>'population')::integer, x->>'population_source',
       ST_SetSRID(ST_MakePoint((x->>'lon')::double precision, (x->>'lat')::double precision), 4326),
       coalesce(x->'attributes', '{}'::json)::jsonb
FROM json_array_elements($2::json) AS x
LEFT JOIN territory AS parent ON parent.level_id = $3 AND parent.code = x->>'parent_code'
ON CONFLICT (level_id, code) DO UPDATE
SET name = excluded.name, name_key = excluded.name_key, parent_id = excluded.parent_id,
    population = excluded.population, population_source = excluded.population_source,
    centroid = excluded.centroid, attributes = excluded.attributes
