-- $1: json array of {code, name, name_key, municipality_code, postal_code}
INSERT INTO borough (code, name, name_key, municipality_id, postal_code)
SELECT x->>'code', x->>'name', x->>'name_key', m.id, x->>'postal_code'
FROM json_array_elements($1::json) AS x
JOIN territory AS m ON m.level_id = 'municipality' AND m.code = x->>'municipality_code'
ON CONFLICT (code) DO UPDATE
SET name = excluded.name, name_key = excluded.name_key, municipality_id = excluded.municipality_id,
    postal_code = excluded.postal_code
