-- The records of a request import that repeats stored requests, before they are merged (see
-- etl/import/import-requests.ts): dropped at the end of the transaction.
CREATE TEMP TABLE request_staging (LIKE request) ON COMMIT DROP
