-- Demand and unmet demand per place for a category ($1: a top-level id, or 'all' for every category
-- summed) in the months $2..$3 (first days), with the counts of every earlier month: published counts
-- are differences of rounded running totals (server/privacy/publish-count.ts). Places whose only
-- requests come before the period are kept, since they still weigh in their cell's running total.
SELECT place_id,
       coalesce(sum(demand) FILTER (WHERE month >= $2::date), 0)::integer AS demand,
       coalesce(sum(unmet) FILTER (WHERE month >= $2::date), 0)::integer AS unmet,
       coalesce(sum(demand) FILTER (WHERE month < $2::date), 0)::integer AS demand_before,
       coalesce(sum(unmet) FILTER (WHERE month < $2::date), 0)::integer AS unmet_before
FROM place_count
WHERE month <= $3::date AND ($1::text = 'all' OR category_id = $1::text)
GROUP BY place_id
ORDER BY place_id
