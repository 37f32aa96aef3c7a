// Review queue: acts no analyst has judged, those that most need a human first. The
// score counts what makes an act doubtful: one article only (3), denied (3) or alleged
// (2), each end an actor the loaders found rather than the catalogue (1 each); the
// reader adds what the evidence patterns' record says. $pool caps the candidates read.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.review IS NULL AND ($types IS NULL OR type(r) IN $types)
WITH s, r, t,
     CASE WHEN coalesce(r.article_count, 0) <= 1 THEN 3 ELSE 0 END
     + CASE r.status WHEN 'denied' THEN 3 WHEN 'alleged' THEN 2 ELSE 0 END
     + CASE WHEN coalesce(s.curated, false) THEN 0 ELSE 1 END
     + CASE WHEN coalesce(t.curated, false) THEN 0 ELSE 1 END AS base
ORDER BY base DESC, r.id
LIMIT $pool
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target, r.date AS date,
       r.date_precision AS date_precision, r.status AS status, r.summary AS summary,
       r.amount_usd AS amount_usd, r.role AS role,
       r.evidence_count AS evidence_count, r.article_count AS article_count,
       coalesce(s.curated, false) AS source_curated, coalesce(t.curated, false) AS target_curated,
       base
