// Upsert acts (or affiliations) of one type between existing actors.
// Evidence, article and asserter ids are unioned, so the same act reported again
// gains evidence instead of a second edge, and a repeated batch changes nothing.
// Status precedence: reported > alleged > denied. {{rel_type}} comes from the schema.
UNWIND $rows AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
MERGE (s)-[r:{{rel_type}} {id: row.id}]->(t)
WITH r, row,
     reduce(acc = coalesce(r.evidence_ids, []), x IN row.evidence_ids |
       CASE WHEN x IN acc THEN acc ELSE acc + x END) AS evidence_ids,
     reduce(acc = coalesce(r.article_ids, []), x IN row.article_ids |
       CASE WHEN x IN acc THEN acc ELSE acc + x END) AS article_ids,
     reduce(acc = coalesce(r.asserted_by, []), x IN row.asserted_by |
       CASE WHEN x IN acc THEN acc ELSE acc + x END) AS asserted_by,
     CASE
       WHEN r.status = 'reported' OR row.status = 'reported' THEN 'reported'
       WHEN r.status = 'alleged' OR row.status = 'alleged' THEN 'alleged'
       ELSE row.status
     END AS status
SET r.date = coalesce(r.date, row.date),
    r.date_precision = coalesce(r.date_precision, row.date_precision),
    r.summary = coalesce(r.summary, row.summary),
    r.amount_usd = coalesce(r.amount_usd, row.amount_usd),
    r.role = coalesce(r.role, row.role),
    r.status = status,
    r.asserted_by = asserted_by,
    r.evidence_ids = evidence_ids,
    r.evidence_count = size(evidence_ids),
    r.article_ids = article_ids,
    r.article_count = size(article_ids),
    r.best_sentence = coalesce(r.best_sentence, row.best_sentence)
