// One breadth-first step of a path search: only what the search needs (ids and types),
// so wide frontiers stay cheap; the acts on the paths found are read in full afterwards
// (by type and id, through acts_of_type).
// {{pattern}} is one of three fixed arrows, as in expand.cypher.
MATCH {{pattern}}
WHERE a.id IN $frontier
  AND ($types IS NULL OR type(r) IN $types)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($since IS NULL OR (r.date IS NOT NULL AND r.date >= substring($since, 0, size(r.date))))
  AND ($until IS NULL OR (r.date IS NOT NULL AND r.date <= substring($until, 0, size(r.date))))
RETURN a.id AS origin, b.id AS other, r.id AS id, type(r) AS type,
       startNode(r).id AS source, endNode(r).id AS target
LIMIT $cap
