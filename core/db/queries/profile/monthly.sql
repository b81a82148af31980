-- Demand and unmet demand of one territory per month, every category together, for every month up to the
-- last of the period (earlier months give the running totals that publishing needs).
-- $1 territory id, $2 last month (date, first day)
SELECT to_char(month, 'YYYY-MM') AS month,
       sum(n)::integer AS demand,
       coalesce(sum(n) FILTER (WHERE outcome = 'unmet'), 0)::integer AS unmet
FROM request_count
WHERE territory_id = $1 AND month <= $2::date
GROUP BY month
ORDER BY month
