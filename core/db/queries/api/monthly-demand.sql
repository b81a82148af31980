-- Requests per month over all of the data, from the first to the last month holding requests, months
-- without any included. All of the data is Quebec's regions plus Ottawa's neighbourhoods, the only
-- built-in territories with no parent; they do not overlap.
-- $1 category ('all' or a top-level id), $2 outcome filter or null, $3 channel filter or null
WITH counts AS (
  SELECT rc.month, sum(rc.n)::integer AS demand, coalesce(sum(rc.n) FILTER (WHERE rc.outcome = 'unmet'), 0)::integer AS unmet
  FROM request_count AS rc
  JOIN territory AS t ON t.id = rc.territory_id AND t.parent_id IS NULL AND t.level_id IN ('region', 'neighbourhood')
  WHERE ($1 = 'all' OR rc.category_id = $1)
    AND ($2::text IS NULL OR rc.outcome = $2)
    AND ($3::text IS NULL OR rc.channel = $3)
  GROUP BY rc.month
),
span AS (
  SELECT min(month) AS first, max(month) AS last FROM request_count
)
SELECT to_char(m.month, 'YYYY-MM') AS month, coalesce(c.demand, 0) AS demand, coalesce(c.unmet, 0) AS unmet
FROM span, generate_series(span.first, span.last, interval '1 month') AS g(d)
CROSS JOIN LATERAL (SELECT g.d::date AS month) AS m
LEFT JOIN counts AS c ON c.month = m.month
ORDER BY m.month
