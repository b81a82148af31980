-- What a request import added, grouped as the counts tables need it (by place, top-level category,
-- month, outcome, channel and age group): filled by the import, added to request_count and
-- place_count, dropped at the end of the transaction.
CREATE TEMP TABLE import_count (
  place_id    integer NOT NULL,
  category_id text NOT NULL,
  month       date NOT NULL,
  outcome     text NOT NULL,
  channel     text NOT NULL,
  age_group   text NOT NULL,
  n           integer NOT NULL
) ON COMMIT DROP
