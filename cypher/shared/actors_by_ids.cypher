// The actors with the given ids (nodes of a neighbourhood or a path).
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases,
       a.country AS country, a.curated AS curated, a.wikidata AS wikidata,
       a.review AS review, a.reviewed_by AS reviewed_by, a.reviewed_at AS reviewed_at
