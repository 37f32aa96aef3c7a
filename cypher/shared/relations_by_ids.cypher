// Acts of one type by id ({{rel_type}} from the schema, so the type's id index is used).
MATCH (s:Actor)-[r:{{rel_type}}]->(t:Actor)
WHERE r.id IN $ids
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target,
       r.date AS date, r.date_precision AS date_precision, r.summary AS summary,
       r.amount_usd AS amount_usd, r.status AS status, r.role AS role,
       r.asserted_by AS asserted_by, r.evidence_count AS evidence_count,
       r.article_count AS article_count
