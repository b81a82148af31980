-- The id of every stored place, by key: a request import numbers its new places after them.
SELECT id, place_key FROM place
