// Tit for tat: actors hostile to each other both ways
//
// Pairs of actors where each took a hostile act against the other, with the act types and
// date spans on each side — the escalation pattern of a diplomatic rupture.
//
// @param hostile ["ACCUSED","ATTACKED","BANNED","CANCELLED","CLOSED","DEMANDED","DETAINED","EXPELLED","KILLED","SANCTIONED","SUMMONED","THREATENED"] act types counted as hostile
MATCH (a:Actor)-[r1]->(b:Actor)
WHERE type(r1) IN $hostile
MATCH (b)-[r2]->(a)
WHERE type(r2) IN $hostile AND a.id < b.id
RETURN a.name AS actor_a, b.name AS actor_b,
       collect(DISTINCT type(r1)) AS a_against_b, collect(DISTINCT type(r2)) AS b_against_a,
       count(DISTINCT r1) + count(DISTINCT r2) AS acts
ORDER BY acts DESC, actor_a, actor_b
