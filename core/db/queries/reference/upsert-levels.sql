-- $1: json array of {id, fr, en, geometry, parent, rank}
INSERT INTO level (id, label_fr, label_en, geometry_kind, parent_level, rank, builtin)
SELECT x->>'id', x->>'fr', x->>'en', x->>'geometry', x->>'parent', (x->>'rank')::integer, true
FROM json_array_elements($1::json) AS x
ON CONFLICT (id) DO UPDATE
SET label_fr = excluded.label_fr, label_en = excluded.label_en, geometry_kind = excluded.geometry_kind,
    parent_level = excluded.parent_level, rank = excluded.rank, builtin = true
