-- The service points nearest to an origin, with their exact distance in metres.
-- $1 origin longitude, $2 origin latitude, $3 top-level category id (NULL = any), $4 how many.
--
-- Two index-assisted steps make the answer exact in metres, not only in degrees:
-- 1. KNN (ORDER BY geom <-> origin, location_geom_idx) finds the $4 locations nearest in degree
--    space that hold a matching service; the farthest of them, in metres on the ellipsoid, bounds
--    the answer (radius_m).
-- 2. Every matching point within radius_m is fetched with ST_DWithin on the same index, using a
--    radius in degrees wide enough for the longitude shrink at the highest latitude reached, and
--    sorted by its exact geodesic distance. A point nearer in metres but farther in degrees than a
--    candidate (east-west versus north-south) is therefore never missed.
WITH candidates AS (
  SELECT l.geom
  FROM location AS l
  WHERE EXISTS (
    SELECT 1
    FROM service_at_location AS sal
    JOIN service AS s ON s.id = sal.service_id AND s.status = 'active'
    WHERE sal.location_id = l.id
      AND ($3::text IS NULL OR EXISTS (
        SELECT 1 FROM service_category AS sc JOIN category AS c ON c.id = sc.category_id
        WHERE sc.service_id = s.id AND coalesce(c.parent_id, c.id) = $3::text)))
  ORDER BY l.geom <-> ST_SetSRID(ST_MakePoint($1::double precision, $2::double precision), 4326)
  LIMIT $4::integer
),
bound AS (
  -- The candidates hold at least $4 matching service points, all within radius_m.
  SELECT max(ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint($1::double precision, $2::double precision), 4326)::geography)) + 1 AS radius_m
  FROM candidates
),
nearest AS (
  SELECT sal.id AS service_at_location_id, s.id AS service_id, s.name AS service_name,
         o.name AS organization_name, o.synthetic, l.address_1, l.postal_code, l.city,
         l.geocode_precision, l.geom,
         ST_Distance(l.geom::geography, ST_SetSRID(ST_MakePoint($1::double precision, $2::double precision), 4326)::geography) AS distance
  FROM location AS l
  JOIN service_at_location AS sal ON sal.location_id = l.id
  JOIN service AS s ON s.id = sal.service_id AND s.status = 'active'
  JOIN organization AS o ON o.id = s.organization_id
  WHERE ST_DWithin(l.geom, ST_SetSRID(ST_MakePoint($1::double precision, $2::double precision), 4326), (
      -- metres to degrees, wide enough for the longitude shrink at the highest latitude reached
      SELECT radius_m / (110000 * cos(radians(least(89, abs($2::double precision) + radius_m / 110000)))) FROM bound))
    AND ($3::text IS NULL OR EXISTS (
      SELECT 1 FROM service_category AS sc JOIN category AS c ON c.id = sc.category_id
      WHERE sc.service_id = s.id AND coalesce(c.parent_id, c.id) = $3::text))
  ORDER BY distance, s.name, sal.id
  LIMIT $4::integer
)
SELECT n.service_id::text AS service_id,
       n.service_name,
       n.organization_name,
       coalesce((
         SELECT array_agg(DISTINCT coalesce(c.parent_id, c.id) ORDER BY coalesce(c.parent_id, c.id))
         FROM service_category AS sc JOIN category AS c ON c.id = sc.category_id
         WHERE sc.service_id = n.service_id), '{}') AS categories,
       n.address_1 AS address,
       n.postal_code,
       n.city,
       ST_X(n.geom) AS lon,
       ST_Y(n.geom) AS lat,
       round(n.distance)::integer AS distance_m,
       n.geocode_precision,
       n.synthetic
FROM nearest AS n
ORDER BY n.distance, n.service_name, n.service_at_location_id
