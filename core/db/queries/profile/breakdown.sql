-- Demand of one territory by age group and by channel (every category together), for a month range, with
-- the counts of earlier months. $1 territory id, $2 first month, $3 last month
SELECT CASE WHEN GROUPING(age_group) = 0 THEN 'age_group' ELSE 'channel' END AS dimension,
       coalesce(age_group, channel) AS value,
       coalesce(sum(n) FILTER (WHERE month >= $2::date), 0)::integer AS demand,
       coalesce(sum(n) FILTER (WHERE month < $2::date), 0)::integer AS demand_before
FROM request_count
WHERE territory_id = $1 AND month <= $3::date
GROUP BY GROUPING SETS ((age_group), (channel))
ORDER BY 1, 2
