// What a state's organs did
//
// Acts taken by a state and by its organs: its agencies (ministries, police, courts,
// services of the same country) and whatever is part of it up to two PART_OF steps down
// (state media, subsidiaries) — "Azerbaijan" as the sum of its institutions.
//
// @param state "azerbaijan" the state's actor id
MATCH (s:State {id: $state})
MATCH (organ:Actor)-[r]->(target:Actor)
WHERE NOT type(r) IN ['MEMBER_OF', 'PART_OF']
  AND (organ.id = s.id
       OR (organ.kind = 'Agency' AND organ.country = s.country)
       OR (organ)-[:PART_OF*1..2]->(s))
RETURN organ.name AS organ, organ.kind AS kind, type(r) AS act, target.name AS target,
       r.date AS date, r.status AS status
ORDER BY organ, coalesce(date, '9999'), act
