-- Accepted rows of an organization import, before they are grouped and merged.
CREATE TEMP TABLE organization_staging (
  source_key text NOT NULL,
  record     jsonb NOT NULL
) ON COMMIT DROP
