-- Spatial accessibility (E2SFCA, core/access) per territory and top-level category (or 'all'): the
-- population-weighted mean of the access of the territory's demand points. Recomputed by the ETL
-- whenever supply or territories change; requests do not enter it.
CREATE TABLE access_value (
  territory_id         integer NOT NULL REFERENCES territory (id) ON DELETE CASCADE,
  category_id          text NOT NULL,
  -- Capacity within reach per inhabitant (service points count 1 where capacity is unknown).
  access               double precision NOT NULL CHECK (access >= 0),
  -- Population of the demand points behind the mean, and of those that reach no service at all.
  population           bigint NOT NULL,
  no_access_population bigint NOT NULL,
  PRIMARY KEY (territory_id, category_id)
);
