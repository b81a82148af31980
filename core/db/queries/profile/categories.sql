-- Demand and unmet demand of one territory per top-level category for a month range, with the counts of
-- earlier months (for publishing, server/privacy/publish-count.ts), supply and access.
-- $1 territory id, $2 first month, $3 last month (dates, first day)
WITH counts AS (
  SELECT category_id,
         sum(n) FILTER (WHERE month >= $2::date) AS demand,
         sum(n) FILTER (WHERE month >= $2::date AND outcome = 'unmet') AS unmet,
         sum(n) FILTER (WHERE month < $2::date) AS demand_before,
         sum(n) FILTER (WHERE month < $2::date AND outcome = 'unmet') AS unmet_before
  FROM request_count
  WHERE territory_id = $1 AND month <= $3::date
  GROUP BY category_id
)
SELECT c.id AS category_id,
       coalesce(n.demand, 0) AS demand,
       coalesce(n.unmet, 0) AS unmet,
       coalesce(n.demand_before, 0) AS demand_before,
       coalesce(n.unmet_before, 0) AS unmet_before,
       coalesce(s.serving, 0) AS supply,
       a.access
FROM category AS c
LEFT JOIN counts AS n ON n.category_id = c.id
LEFT JOIN supply_count AS s ON s.territory_id = $1 AND s.category_id = c.id
LEFT JOIN access_value AS a ON a.territory_id = $1 AND a.category_id = c.id
WHERE c.parent_id IS NULL
ORDER BY c.rank, c.id
