-- The two-level need taxonomy, bilingual. Users may add their own categories.
CREATE TABLE category (
  id        text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$'),
  parent_id text REFERENCES category (id),
  label_fr  text NOT NULL,
  label_en  text NOT NULL,
  rank      integer NOT NULL,
  builtin   boolean NOT NULL DEFAULT false,
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX category_parent_idx ON category (parent_id);
