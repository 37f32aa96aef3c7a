// Upsert evidence: one node per (act, article, sentence offset), linked to its article.
UNWIND $rows AS row
MERGE (e:Evidence {id: row.id})
SET e.act_id = row.act_id,
    e.act_type = row.act_type,
    e.article_id = row.article_id,
    e.sentence = row.sentence,
    e.start = row.start,
    e.end = row.end,
    e.status = row.status,
    e.asserted_by = row.asserted_by
WITH e, row
MATCH (d:Article {id: row.article_id})
MERGE (e)-[:FROM]->(d)
