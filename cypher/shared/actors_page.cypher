// Actors in name order, optionally of one kind (the listing when no search text is given).
MATCH (a:Actor)
WHERE $kind IS NULL OR a.kind = $kind
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases,
       a.country AS country, a.curated AS curated
ORDER BY a.name, a.id
SKIP $offset
LIMIT $limit
