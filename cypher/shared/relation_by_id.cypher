// One relation by id with every piece of its evidence.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.id = $id
OPTIONAL MATCH (e:Evidence {act_id: r.id})-[:FROM]->(d:Article)
WITH s, r, t, e, d
ORDER BY e.article_id, e.start
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target,
       r.date AS date, r.date_precision AS date_precision, r.summary AS summary,
       r.amount_usd AS amount_usd, r.status AS status, r.role AS role,
       r.asserted_by AS asserted_by, r.evidence_count AS evidence_count,
       r.article_count AS article_count,
       r.review AS review, r.reviewed_by AS reviewed_by, r.reviewed_at AS reviewed_at,
       collect(CASE WHEN e IS NULL THEN NULL ELSE {
         id: e.id, article_id: e.article_id, article_title: d.title,
         sentence: e.sentence, start: e.start, end: e.end, status: e.status, pattern: e.pattern
       } END) AS evidence
