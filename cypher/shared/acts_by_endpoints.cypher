// Acts by id, each reached from its indexed endpoints: $acts is a list of {id, source, target}.
UNWIND $acts AS act
MATCH (s:Actor {id: act.source})-[r]->(t:Actor {id: act.target})
WHERE r.id = act.id
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target,
       r.date AS date, r.date_precision AS date_precision, r.summary AS summary,
       r.amount_usd AS amount_usd, r.status AS status, r.role AS role,
       r.asserted_by AS asserted_by, r.evidence_count AS evidence_count,
       r.article_count AS article_count
