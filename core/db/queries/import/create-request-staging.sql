-- Accepted rows of a request import, before they are merged: dropped at the end of the transaction.
CREATE TEMP TABLE request_staging (
  id              uuid NOT NULL,
  iso_week        text NOT NULL,
  month           date NOT NULL,
  category_id     text NOT NULL,
  outcome         text NOT NULL,
  age_group       text NOT NULL,
  language        text NOT NULL,
  channel         text NOT NULL,
  place_key       text NOT NULL,
  h3_r8           text,
  fsa             char(3),
  municipality_id integer,
  lon             double precision NOT NULL,
  lat             double precision NOT NULL,
  precision       text NOT NULL
) ON COMMIT DROP
