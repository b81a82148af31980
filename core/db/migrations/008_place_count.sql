-- Requests per generalized place × top-level category × month: all of them (demand) and those whose
-- outcome is 'unmet'. What the demand hexagons and the site suggestions sum instead of raw requests
-- (GET /api/demand/hex, GET /api/suggest-sites): places map to H3 cells and to points, territories do
-- not. Only these two outcomes are kept because nothing reads another one per place; that keeps the
-- table a fraction of request's size. Rebuilt in full by the ETL with request_count
-- (refresh-place-count.sql), so, like request, it carries no foreign-key triggers.
CREATE TABLE place_count (
  place_id    integer NOT NULL,
  category_id text NOT NULL,
  month       date NOT NULL,
  demand      integer NOT NULL CHECK (demand > 0),
  unmet       integer NOT NULL CHECK (unmet >= 0 AND unmet <= demand),
  PRIMARY KEY (place_id, category_id, month)
);
CREATE INDEX place_count_month_idx ON place_count (month, category_id);

-- A database that already holds requests gets its counts now, not at its next load.
INSERT INTO place_count (place_id, category_id, month, demand, unmet)
SELECT r.place_id, coalesce(c.parent_id, c.id), r.month, count(*), count(*) FILTER (WHERE r.outcome = 'unmet')
FROM request AS r
JOIN category AS c ON c.id = r.category_id
GROUP BY r.place_id, coalesce(c.parent_id, c.id), r.month;
