-- A level a user loads: $1 id, $2 French label, $3 English label, $4 parent level or null.
-- It ranks just below its parent, so lists go from the largest units to the smallest.
INSERT INTO level (id, label_fr, label_en, geometry_kind, parent_level, rank, builtin)
VALUES ($1, $2, $3, 'polygon', $4, coalesce((SELECT rank + 5 FROM level WHERE id = $4), 100), false)
ON CONFLICT (id) DO UPDATE
SET label_fr = excluded.label_fr, label_en = excluded.label_en, parent_level = excluded.parent_level, rank = excluded.rank
