-- The highest place id so far: places added later (identity column) have higher ids.
SELECT coalesce(max(id), 0)::integer AS id FROM place
