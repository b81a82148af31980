-- Which territory sits inside which, for the "a child against its parent" relations of complementary suppression.
SELECT id AS territory_id, level_id, parent_id
FROM territory
WHERE parent_id IS NOT NULL
