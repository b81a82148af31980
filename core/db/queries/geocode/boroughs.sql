-- Boroughs (arrondissements) with their municipality, for names such as "Rosemont--La Petite-Patrie".
SELECT b.code, b.name, b.municipality_id, b.postal_code
FROM borough AS b
ORDER BY b.code
