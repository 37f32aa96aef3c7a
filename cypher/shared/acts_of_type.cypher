// Acts of one type by id, found through the relationship index on id ({{rel_type}} from
// the schema). The ends stay unlabelled on purpose: with labels FalkorDB scans every
// actor first, and without them both backends seek the index (acts only join actors).
// The parameter is named after the type, so the reader can join one branch per type
// with UNION ALL and read acts of many types in one round trip.
UNWIND $ids_{{rel_type}} AS id
MATCH (s)-[r:{{rel_type}} {id: id}]->(t)
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target,
       r.date AS date, r.date_precision AS date_precision, r.summary AS summary,
       r.amount_usd AS amount_usd, r.status AS status, r.role AS role,
       r.asserted_by AS asserted_by, r.evidence_count AS evidence_count,
       r.article_count AS article_count,
       r.review AS review, r.reviewed_by AS reviewed_by, r.reviewed_at AS reviewed_at
