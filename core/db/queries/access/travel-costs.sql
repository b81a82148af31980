-- The loaded travel-time table (009_travel_cost.sql): minutes from a demand point to a service location.
SELECT origin_id, location_id::text AS location_id, minutes
FROM travel_cost
ORDER BY origin_id, location_id
