-- One row per load (reference geodata, demo data, a user's file), so every number can name its source.
CREATE TABLE import_log (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind          text NOT NULL CHECK (kind IN ('reference', 'demo', 'organizations', 'requests', 'territories')),
  source        text NOT NULL,
  file_sha256   text,
  synthetic     boolean NOT NULL DEFAULT false,
  status        text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
  started_at    timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz,
  rows_read     integer NOT NULL DEFAULT 0,
  rows_accepted integer NOT NULL DEFAULT 0,
  rows_rejected integer NOT NULL DEFAULT 0,
  report        jsonb NOT NULL DEFAULT '{}'::jsonb
);
