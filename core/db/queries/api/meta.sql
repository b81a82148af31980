-- What the stored data is: request volume and span, organizations by origin, and the loads behind them.
SELECT
  (SELECT count(*) FROM request) AS requests,
  (SELECT min(iso_week) FROM request) AS first_week,
  (SELECT max(iso_week) FROM request) AS last_week,
  (SELECT bool_or(synthetic) FROM request) AS synthetic_requests,
  (SELECT count(*) FROM organization) AS organizations,
  (SELECT count(*) FROM organization WHERE synthetic) AS synthetic_organizations,
  (SELECT count(*) FROM organization WHERE source = 'msss-m02') AS public_installations,
  (SELECT coalesce(json_agg(json_build_object(
      'id', id, 'kind', kind, 'source', source, 'finished_at', finished_at,
      'rows_accepted', rows_accepted, 'synthetic', synthetic) ORDER BY id), '[]'::json)
   FROM import_log WHERE status = 'succeeded') AS imports
