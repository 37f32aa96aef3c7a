// One page of actors in id order (keyset pagination: pass the last id seen).
MATCH (a:Actor)
WHERE a.id > $after
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases,
       a.country AS country, a.curated AS curated, a.wikidata AS wikidata,
       a.review AS review, a.reviewed_by AS reviewed_by, a.reviewed_at AS reviewed_at
ORDER BY id
LIMIT $limit
