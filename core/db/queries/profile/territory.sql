-- The territory a profile is about, with its level's labels and its parent. $1 territory id
SELECT t.id, t.code, t.name, t.level_id AS level, t.parent_id, p.name AS parent_name, t.population,
       l.label_fr, l.label_en
FROM territory AS t
JOIN level AS l ON l.id = t.level_id
LEFT JOIN territory AS p ON p.id = t.parent_id
WHERE t.id = $1
