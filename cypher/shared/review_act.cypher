// Review: one act of one type ({{rel_type}} from the schema) found by its ends and id,
// with every piece of its evidence, all properties included (to move or restore it).
MATCH (s:Actor {id: $source})-[r:{{rel_type}} {id: $id}]->(t:Actor {id: $target})
OPTIONAL MATCH (e:Evidence {act_id: r.id})
WITH s, r, t, e
ORDER BY e.article_id, e.start
RETURN r.id AS id, s.id AS source, t.id AS target, r.date AS date,
       r.date_precision AS date_precision, r.summary AS summary, r.amount_usd AS amount_usd,
       r.status AS status, r.role AS role, r.asserted_by AS asserted_by,
       collect(CASE WHEN e IS NULL THEN NULL ELSE {
         id: e.id, article_id: e.article_id, sentence: e.sentence, start: e.start, end: e.end,
         status: e.status, asserted_by: e.asserted_by, pattern: e.pattern
       } END) AS evidence
