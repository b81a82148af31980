-- Demand of each territory directly inside one territory (every child level), for a month range, with
-- the counts of earlier months. $1 territory id, $2 first month, $3 last month
SELECT t.id AS territory_id, t.name, t.level_id AS level,
       coalesce(sum(rc.n) FILTER (WHERE rc.month >= $2::date), 0)::integer AS demand,
       coalesce(sum(rc.n) FILTER (WHERE rc.month < $2::date), 0)::integer AS demand_before
FROM territory AS t
LEFT JOIN request_count AS rc ON rc.territory_id = t.id AND rc.month <= $3::date
WHERE t.parent_id = $1
GROUP BY t.id, t.name, t.level_id
ORDER BY t.level_id, t.name
