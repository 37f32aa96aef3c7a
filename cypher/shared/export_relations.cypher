// One page of actor-to-actor relations in id order (keyset pagination).
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.id > $after
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target,
       r.date AS date, r.date_precision AS date_precision, r.summary AS summary,
       r.amount_usd AS amount_usd, r.status AS status, r.role AS role,
       r.asserted_by AS asserted_by, r.evidence_count AS evidence_count,
       r.article_count AS article_count, r.article_ids AS article_ids,
       r.best_sentence AS best_sentence,
       r.review AS review, r.reviewed_by AS reviewed_by, r.reviewed_at AS reviewed_at
ORDER BY id
LIMIT $limit
