// One actor's acts over time
//
// Everything an actor did or suffered (affiliations left out), oldest first and undated
// last, with the other party, the status and a one-line summary.
//
// @param actor "sputnik-azerbaijan" the actor id
MATCH (x:Actor {id: $actor})-[r]-(other:Actor)
WHERE NOT type(r) IN ['MEMBER_OF', 'PART_OF']
RETURN r.date AS date, type(r) AS act,
       CASE WHEN startNode(r).id = x.id THEN 'by' ELSE 'against' END AS role,
       other.name AS other, r.status AS status, r.article_count AS articles, r.summary AS summary
ORDER BY coalesce(date, '9999'), act, other
