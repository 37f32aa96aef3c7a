// Upsert acts (or affiliations) of one type between existing actors, with their evidence.
// Evidence, article and asserter ids are unioned, so the same act reported again
// gains evidence instead of a second edge, and a repeated batch changes nothing.
// Status precedence: reported > alleged > denied. {{rel_type}} comes from the schema.
// Each evidence item becomes an Evidence node (one per act, article and sentence offset)
// linked to its article and naming the act's endpoints (so an act is found by id through
// indexed nodes); one statement writes both, so a batch is one round trip.
// Rows leave out null fields: a missing key reads as null.
UNWIND $rows AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
MERGE (s)-[r:{{rel_type}} {id: row.id}]->(t)
WITH r, row,
     reduce(acc = coalesce(r.evidence_ids, []), ev IN row.evidence |
       CASE WHEN ev.id IN acc THEN acc ELSE acc + ev.id END) AS evidence_ids,
     reduce(acc = coalesce(r.article_ids, []), ev IN row.evidence |
       CASE WHEN ev.article_id IN acc THEN acc ELSE acc + ev.article_id END) AS article_ids,
     reduce(acc = coalesce(r.asserted_by, []), x IN coalesce(row.asserted_by, []) |
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
    r.best_sentence = coalesce(r.best_sentence, row.evidence[0].sentence)
WITH r, row
UNWIND row.evidence AS ev
MERGE (e:Evidence {id: ev.id})
SET e.act_id = row.id,
    e.act_type = type(r),
    e.source = row.source,
    e.target = row.target,
    e.article_id = ev.article_id,
    e.sentence = ev.sentence,
    e.start = ev.start,
    e.end = ev.end,
    e.status = coalesce(ev.status, 'reported'),
    e.asserted_by = coalesce(ev.asserted_by, []),
    e.pattern = ev.pattern
WITH e, ev
MATCH (d:Article {id: ev.article_id})
MERGE (e)-[:FROM]->(d)
