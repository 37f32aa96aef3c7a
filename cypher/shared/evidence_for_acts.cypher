// Every evidence sentence of the given acts, with its article, earliest article first.
MATCH (e:Evidence)-[:FROM]->(d:Article)
WHERE e.act_id IN $ids
RETURN e.act_id AS act_id, e.id AS id, e.sentence AS sentence, e.start AS start, e.end AS end,
       e.status AS status, e.asserted_by AS asserted_by, e.pattern AS pattern,
       d.id AS article_id, d.title AS article_title, d.outlet AS outlet, d.date AS article_date
ORDER BY act_id, article_date, article_id, start
