-- Every generalized place with its H3 resolution-8 cell (null for a coarse place: an FSA's or a
-- municipality's point) and its point, to map places to H3 cells of any coarser resolution in Node.
SELECT id, h3_r8, ST_X(point) AS lon, ST_Y(point) AS lat
FROM place
ORDER BY id
