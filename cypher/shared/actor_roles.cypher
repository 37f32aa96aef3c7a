// The offices and memberships of one actor (its MEMBER_OF edges), oldest first.
MATCH (a:Actor {id: $id})-[r:MEMBER_OF]->(o:Actor)
RETURN o.id AS of, o.name AS of_name, r.role AS role, r.date AS date,
       r.date_precision AS date_precision, r.status AS status, r.id AS relation_id
ORDER BY date, of
