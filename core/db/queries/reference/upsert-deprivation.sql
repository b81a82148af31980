-- $1: json array of deprivation rows {level, code, da_count, population, <four scores>, deprivation, note}
INSERT INTO territory_deprivation (territory_id, da_count, population, residential_instability,
  ethnocultural_composition, economic_dependency, situational_vulnerability, deprivation, note)
SELECT t.id, (x->>'da_count')::integer, (x->>'population')::integer,
       (x->>'residential_instability')::double precision, (x->>'ethnocultural_composition')::double precision,
       (x->>'economic_dependency')::double precision, (x->>'situational_vulnerability')::double precision,
       (x->>'deprivation')::double precision, nullif(x->>'note', '')
FROM json_array_elements($1::json) AS x
JOIN territory AS t ON t.level_id = x->>'level' AND t.code = x->>'code'
ON CONFLICT (territory_id) DO UPDATE
SET da_count = excluded.da_count, population = excluded.population,
    residential_instability = excluded.residential_instability,
    ethnocultural_composition = excluded.ethnocultural_composition,
    economic_dependency = excluded.economic_dependency,
    situational_vulnerability = excluded.situational_vulnerability,
    deprivation = excluded.deprivation, note = excluded.note
