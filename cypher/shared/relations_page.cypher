// One page of acts (and affiliations), newest first, filtered by type, endpoints, dates
// and status. Dates compare at the act's own precision (see expand.cypher).
MATCH (s:Actor)-[r]->(t:Actor)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($source IS NULL OR s.id = $source)
  AND ($target IS NULL OR t.id = $target)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($since IS NULL OR (r.date IS NOT NULL AND r.date >= substring($since, 0, size(r.date))))
  AND ($until IS NULL OR (r.date IS NOT NULL AND r.date <= substring($until, 0, size(r.date))))
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target,
       r.date AS date, r.date_precision AS date_precision, r.summary AS summary,
       r.amount_usd AS amount_usd, r.status AS status, r.role AS role,
       r.asserted_by AS asserted_by, r.evidence_count AS evidence_count,
       r.article_count AS article_count,
       r.review AS review, r.reviewed_by AS reviewed_by, r.reviewed_at AS reviewed_at
ORDER BY coalesce(r.date, '') DESC, r.id
SKIP $offset
LIMIT $limit
