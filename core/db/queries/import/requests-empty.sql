-- Whether no request is stored yet: a first load builds request's primary key after its COPY.
SELECT NOT EXISTS (SELECT 1 FROM request) AS empty
