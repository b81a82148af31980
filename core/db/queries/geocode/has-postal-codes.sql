-- Whether the optional postal_code table (migration 006) exists in this database.
SELECT to_regclass('postal_code') IS NOT NULL AS present
