-- Organization locations as one GeoJSON FeatureCollection of points, built by PostGIS.
-- $1..$4 bbox (min lon, min lat, max lon, max lat), $5 top-level category id (NULL = any),
-- $6 name filter already folded by the caller (lower case, no accents; NULL = any), matched as a
-- substring of the name folded the same way here (translate, not unaccent, which PGlite lacks), $7 how many.
-- `truncated` says whether more locations matched than $7.
WITH listed AS (
  SELECT l.id AS location_id, l.geom, l.address_1, l.city, l.postal_code, l.geocode_precision,
         o.id AS organization_id, o.name, o.alternate_name, o.website, o.synthetic, o.source
  FROM location AS l
  JOIN organization AS o ON o.id = l.organization_id
  WHERE l.geom && ST_MakeEnvelope($1::double precision, $2::double precision, $3::double precision, $4::double precision, 4326)
    AND ($6::text IS NULL OR strpos(lower(translate(o.name,
      'ÀÂÄÁÃÉÈÊËÎÏÍÌÔÖÓÒÕÙÛÜÚÇàâäáãéèêëîïíìôöóòõùûüúçÿ',
      'AAAAAEEEEIIIIOOOOOUUUUCaaaaaeeeeiiiiooooouuuucy')), $6::text) > 0)
    AND ($5::text IS NULL OR EXISTS (
      SELECT 1
      FROM service_at_location AS sal
      JOIN service AS s ON s.id = sal.service_id AND s.status = 'active'
      JOIN service_category AS sc ON sc.service_id = s.id
      JOIN category AS c ON c.id = sc.category_id
      WHERE sal.location_id = l.id AND coalesce(c.parent_id, c.id) = $5::text))
  ORDER BY o.name, l.id
  LIMIT $7::integer + 1
),
page AS (
  SELECT * FROM listed ORDER BY name, location_id LIMIT $7::integer
)
SELECT json_build_object(
  'type', 'FeatureCollection',
  'truncated', (SELECT count(*) FROM listed) > $7::integer,
  'features', coalesce((
    SELECT json_agg(json_build_object(
      'type', 'Feature',
      'id', p.location_id,
      'geometry', ST_AsGeoJSON(p.geom, 6)::json,
      'properties', json_build_object(
        'id', p.organization_id,
        'name', p.name,
        'alternate_name', p.alternate_name,
        'services', coalesce((
          SELECT json_agg(json_build_object('id', s.id, 'name', s.name, 'categories', (
              SELECT coalesce(json_agg(DISTINCT coalesce(c.parent_id, c.id) ORDER BY coalesce(c.parent_id, c.id)), '[]'::json)
              FROM service_category AS sc JOIN category AS c ON c.id = sc.category_id
              WHERE sc.service_id = s.id)) ORDER BY s.name, s.id)
          FROM service_at_location AS sal
          JOIN service AS s ON s.id = sal.service_id AND s.status = 'active'
          WHERE sal.location_id = p.location_id
            AND ($5::text IS NULL OR EXISTS (
              SELECT 1 FROM service_category AS sc JOIN category AS c ON c.id = sc.category_id
              WHERE sc.service_id = s.id AND coalesce(c.parent_id, c.id) = $5::text))), '[]'::json),
        'address', p.address_1,
        'city', p.city,
        'postal_code', p.postal_code,
        'website', p.website,
        'precision', p.geocode_precision,
        'synthetic', p.synthetic,
        'source', p.source)
    ) ORDER BY p.name, p.location_id)
    FROM page AS p), '[]'::json)
)::text AS body
