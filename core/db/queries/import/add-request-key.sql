-- Rebuilds request's primary key after a first load (see import/drop-request-key); fails with a
-- unique violation when the file repeats a record, which sends the import to its merge path.
ALTER TABLE request ADD CONSTRAINT request_pkey PRIMARY KEY (id)
