-- Every published cell of a period: demand and unmet demand per territory (all levels) × top-level category,
-- from the pre-aggregated counts. Complementary suppression (server/privacy/withheld-cells.ts) needs the whole
-- table at once so the cells it withholds are the same whichever level or category a query asks for.
-- $1 first month, $2 last month (dates, first day), $3 outcome filter or null, $4 channel filter or null
SELECT rc.territory_id, rc.category_id,
       sum(rc.n)::integer AS demand,
       coalesce(sum(rc.n) FILTER (WHERE rc.outcome = 'unmet'), 0)::integer AS unmet
FROM request_count AS rc
WHERE rc.month BETWEEN $1::date AND $2::date
  AND ($3::text IS NULL OR rc.outcome = $3)
  AND ($4::text IS NULL OR rc.channel = $4)
GROUP BY rc.territory_id, rc.category_id
