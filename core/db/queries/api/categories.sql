-- The taxonomy, top levels first in their order, then each one's children.
SELECT c.id, c.parent_id, c.label_fr, c.label_en
FROM category AS c
LEFT JOIN category AS p ON p.id = c.parent_id
ORDER BY coalesce(p.rank, c.rank), c.parent_id IS NOT NULL, c.rank
