// Review: every act and affiliation of one actor, either way, by type, id and ends.
MATCH (s:Actor {id: $id})-[r]->(t:Actor)
RETURN type(r) AS type, r.id AS id, s.id AS source, t.id AS target
UNION
MATCH (s:Actor)-[r]->(t:Actor {id: $id})
RETURN type(r) AS type, r.id AS id, s.id AS source, t.id AS target
