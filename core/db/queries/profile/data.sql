-- When data was last loaded and whether any of it is synthetic, for a profile's source line.
SELECT (SELECT to_char(max(finished_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') FROM import_log WHERE status = 'succeeded') AS last_import,
       coalesce((SELECT bool_or(synthetic) FROM import_log WHERE status = 'succeeded'), false) AS synthetic
