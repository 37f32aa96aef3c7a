// How two actors are connected, hop by hop, with evidence
//
// One shortest chain of acts and affiliations (at most 6) between two actors, either way
// round, each hop with its act, date, status and the sentence that reports it. Only actor
// nodes are walked (articles and evidence are left out). The API's GET /paths does the
// same with filters and all-shortest mode.
//
// @param from "igor-kartavykh" start actor id
// @param to "russia" end actor id
// @falkordb FalkorDB's shortestPath works in WITH/RETURN only, follows one direction and
// cannot filter the nodes it walks; the embedded variant matches bounded variable-length
// paths (up to 4 hops) over actors and keeps the shortest, which suits the sample corpus.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Actor)
UNWIND range(0, length(p) - 1) AS i
WITH i, relationships(p)[i] AS r, nodes(p)[i] AS here, nodes(p)[i + 1] AS next
RETURN i + 1 AS hop, here.name AS from_actor, type(r) AS act, next.name AS to_actor,
       startNode(r).id = here.id AS forward, r.date AS date, r.status AS status,
       r.best_sentence AS sentence
ORDER BY hop
