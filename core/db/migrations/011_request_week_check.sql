-- request.iso_week was checked with a regular expression, the one costly check of the table: about
-- 0.45 s of PostgreSQL's CPU per million rows copied, while all the others together cost about 0.1 s
-- (measured 2026-12-07, docs/ETL.md). A pattern and a range in the C collation keep the shape
-- (YYYY-Www, years 1900 to 2101, as import_count's months) for almost nothing. The weeks themselves
-- are written by core/domain/iso-week.ts, never taken from a file.
ALTER TABLE request DROP CONSTRAINT request_iso_week_check;
ALTER TABLE request ADD CONSTRAINT request_iso_week_check CHECK (iso_week LIKE '____-W__' AND iso_week COLLATE "C" BETWEEN '1900-W01' AND '2101-W53');
