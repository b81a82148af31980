-- How many territory placements the places with an id up to $1 (those stored before this import) have:
-- compared before and after placing new places, it says whether older places gained a territory too.
SELECT count(*)::integer AS n FROM place_territory WHERE place_id <= $1
