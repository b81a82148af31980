-- Which demand places each candidate site reaches. $1, $2: the candidates' longitudes and latitudes
-- (candidate k is element k + 1); $3: the ids of the demand places; $4, $5: the catchment in metres of
-- an urban and of a rural place. A place is urban when it lies in a neighbourhood or in a
-- municipality of 10,000 people or more (the rule of access/demand-points.sql), and a candidate reaches
-- it within the catchment of the place's own setting, as access gives each pair its origin's rule.
-- Distances are planar in Québec Lambert (EPSG:32198, metres). Returns, for every candidate that
-- reaches at least one place, its index (0-based) and the places it reaches, by id.
WITH candidate AS MATERIALIZED (
  SELECT (c.ordinality - 1)::integer AS candidate, ST_Transform(ST_SetSRID(ST_MakePoint(c.lon, c.lat), 4326), 32198) AS xy
  FROM unnest($1::double precision[], $2::double precision[]) WITH ORDINALITY AS c (lon, lat, ordinality)
),
demand AS MATERIALIZED (
  SELECT p.id, ST_Transform(p.point, 32198) AS xy,
         CASE WHEN EXISTS (SELECT 1 FROM place_territory AS pt JOIN territory AS t ON t.id = pt.territory_id
                           WHERE pt.place_id = p.id
                             AND (pt.level_id = 'neighbourhood' OR (pt.level_id = 'municipality' AND t.population >= 10000)))
              THEN $4::double precision ELSE $5::double precision END AS reach
  FROM place AS p
  WHERE p.id = ANY ($3::integer[])
),
-- Without an index on either side, every candidate would be measured against every place. Instead both
-- sides go on a grid of squares one catchment wide: a place within reach of a candidate lies in the
-- 3 × 3 squares around the candidate's, so a hash join on the square finds the few pairs worth measuring.
demand_square AS (
  SELECT d.id, d.xy, d.reach, floor(ST_X(d.xy) / d.reach)::integer + dx AS gx, floor(ST_Y(d.xy) / d.reach)::integer + dy AS gy
  FROM demand AS d, generate_series(-1, 1) AS dx, generate_series(-1, 1) AS dy
),
candidate_square AS (
  SELECT c.candidate, c.xy, r.reach, floor(ST_X(c.xy) / r.reach)::integer AS gx, floor(ST_Y(c.xy) / r.reach)::integer AS gy
  FROM candidate AS c, (SELECT DISTINCT reach FROM demand) AS r
)
SELECT cs.candidate, array_agg(ds.id ORDER BY ds.id) AS places
FROM candidate_square AS cs
JOIN demand_square AS ds ON ds.reach = cs.reach AND ds.gx = cs.gx AND ds.gy = cs.gy
WHERE ST_DWithin(cs.xy, ds.xy, ds.reach)
GROUP BY cs.candidate
ORDER BY cs.candidate
