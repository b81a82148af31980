-- request_count is derived data: only the ETL writes it, from place_territory and the taxonomy, either
-- recomputed whole (etl/load/refresh-counts.ts) or added to by an import (add-request-counts.sql). Its
-- foreign keys checked each row inserted with a query of their own: about 0.17 s of the 0.4 s that adding
-- a million-row import's 29,780 groups took (measured 2026-12-07, docs/ETL.md). The one statement that
-- deletes territories (load territories, replacing a level) recomputes request_count in the same
-- transaction, so ON DELETE CASCADE had nothing left to do; tests check that no count is left without
-- its territory. Like request and place_count, the table now carries no foreign-key triggers.
ALTER TABLE request_count DROP CONSTRAINT request_count_territory_id_fkey;
ALTER TABLE request_count DROP CONSTRAINT request_count_category_id_fkey;
