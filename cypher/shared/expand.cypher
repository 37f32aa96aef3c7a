// One breadth-first step: the acts touching any actor of $frontier, filtered, capped.
// {{pattern}} is one of three fixed arrows chosen by the store from a validated
// direction: (a)-[r]->(b), (a)<-[r]-(b) or (a)-[r]-(b). A since/until bound is compared
// at the act's own precision: an act dated 2025-06 matches since 2025-06-15.
MATCH {{pattern}}
WHERE a.id IN $frontier
  AND ($types IS NULL OR type(r) IN $types)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($since IS NULL OR (r.date IS NOT NULL AND r.date >= substring($since, 0, size(r.date))))
  AND ($until IS NULL OR (r.date IS NOT NULL AND r.date <= substring($until, 0, size(r.date))))
RETURN a.id AS origin, b.id AS other, r.id AS id, type(r) AS type,
       startNode(r).id AS source, endNode(r).id AS target,
       r.date AS date, r.date_precision AS date_precision, r.status AS status,
       r.evidence_count AS evidence_count, r.article_count AS article_count,
       r.summary AS summary, r.amount_usd AS amount_usd, r.role AS role
LIMIT $cap
