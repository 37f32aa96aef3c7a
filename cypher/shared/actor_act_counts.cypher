// Acts and affiliations of one actor counted by type and direction, with their date span.
MATCH (a:Actor {id: $id})-[r]->(:Actor)
RETURN type(r) AS type, 'out' AS direction, count(r) AS n, min(r.date) AS first, max(r.date) AS last
UNION ALL
MATCH (a:Actor {id: $id})<-[r]-(:Actor)
RETURN type(r) AS type, 'in' AS direction, count(r) AS n, min(r.date) AS first, max(r.date) AS last
