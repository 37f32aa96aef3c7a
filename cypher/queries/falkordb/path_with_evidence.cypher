// Embedded (FalkorDB) variant of ../path_with_evidence.cypher: bounded variable-length
// paths over actors, shortest kept (see the @falkordb note there).
MATCH p = (a:Actor {id: $from})-[*1..4]-(b:Actor {id: $to})
WHERE all(n IN nodes(p) WHERE n:Actor)
WITH p ORDER BY length(p) LIMIT 1
UNWIND range(0, length(p) - 1) AS i
WITH i, relationships(p)[i] AS r, nodes(p)[i] AS here, nodes(p)[i + 1] AS next
RETURN i + 1 AS hop, here.name AS from_actor, type(r) AS act, next.name AS to_actor,
       startNode(r).id = here.id AS forward, r.date AS date, r.status AS status,
       r.best_sentence AS sentence
ORDER BY hop
