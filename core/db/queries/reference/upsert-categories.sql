-- $1: json array of {id, parent, fr, en}, parents before children
INSERT INTO category (id, parent_id, label_fr, label_en, rank, builtin)
SELECT x->>'id', x->>'parent', x->>'fr', x->>'en', (ordinality)::integer, true
FROM json_array_elements($1::json) WITH ORDINALITY AS t(x, ordinality)
ON CONFLICT (id) DO UPDATE
SET parent_id = excluded.parent_id, label_fr = excluded.label_fr, label_en = excluded.label_en,
    rank = excluded.rank, builtin = true
