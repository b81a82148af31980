-- Service points located in each MRC (or in Ottawa's neighbourhoods) per top-level category.
SELECT CASE WHEN t.level_id = 'mrc' THEN t.code ELSE t.attributes->>'city' END AS area,
       sc.category_id,
       sum(sc.located) AS located
FROM supply_count AS sc
JOIN territory AS t ON t.id = sc.territory_id
WHERE t.level_id = 'mrc' OR (t.level_id = 'neighbourhood' AND t.attributes->>'city' = 'Ottawa')
GROUP BY 1, 2
