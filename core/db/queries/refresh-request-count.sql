-- Requests per territory × top-level category × month × outcome × channel × age group.
INSERT INTO request_count (territory_id, category_id, month, outcome, channel, age_group, n)
SELECT pt.territory_id, coalesce(c.parent_id, c.id), r.month, r.outcome, r.channel, r.age_group, count(*)
FROM request AS r
JOIN place_territory AS pt ON pt.place_id = r.place_id
JOIN category AS c ON c.id = r.category_id
GROUP BY pt.territory_id, coalesce(c.parent_id, c.id), r.month, r.outcome, r.channel, r.age_group
