-- Demand, unmet demand, supply, access and deprivation of every territory of a level for a category and a
-- month range, from the pre-aggregated counts (never from raw requests).
-- $1 level, $2 category ('all' or a top-level id), $3 first month, $4 last month (dates, first day),
-- $5 outcome filter or null, $6 channel filter or null.
-- `*_before` are the counts of every earlier month: published counts are differences of rounded running
-- totals (server/privacy/publish-count.ts).
WITH counts AS (
  SELECT territory_id,
         sum(n) FILTER (WHERE month >= $3::date) AS demand,
         sum(n) FILTER (WHERE month >= $3::date AND outcome = 'unmet') AS unmet,
         sum(n) FILTER (WHERE month < $3::date) AS demand_before,
         sum(n) FILTER (WHERE month < $3::date AND outcome = 'unmet') AS unmet_before
  FROM request_count
  WHERE month <= $4::date
    AND territory_id IN (SELECT id FROM territory WHERE level_id = $1)
    AND ($2 = 'all' OR category_id = $2)
    AND ($5::text IS NULL OR outcome = $5)
    AND ($6::text IS NULL OR channel = $6)
  GROUP BY territory_id
)
SELECT t.id AS territory_id, t.code, t.name, t.population,
       coalesce(c.demand, 0) AS demand,
       coalesce(c.unmet, 0) AS unmet,
       coalesce(c.demand_before, 0) AS demand_before,
       coalesce(c.unmet_before, 0) AS unmet_before,
       coalesce(s.serving, 0) AS supply,
       a.access,
       d.deprivation
FROM territory AS t
LEFT JOIN counts AS c ON c.territory_id = t.id
LEFT JOIN supply_count AS s ON s.territory_id = t.id AND s.category_id = $2
LEFT JOIN access_value AS a ON a.territory_id = t.id AND a.category_id = $2
LEFT JOIN territory_deprivation AS d ON d.territory_id = t.id
WHERE t.level_id = $1
ORDER BY t.id
