-- request_import_idx served only to count what an import added; an import now tallies its own rows
-- (etl/import/import-requests.ts). Keeping it up to date cost about 1 s per million requests loaded.
DROP INDEX IF EXISTS request_import_idx;
