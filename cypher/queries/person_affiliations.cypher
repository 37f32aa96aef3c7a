// A person's affiliations over time
//
// The offices and memberships (MEMBER_OF, with the role) of one actor, oldest first, with
// the sentence that states each; undated ones last. Then each organisation's own place
// (PART_OF), so "editor of Sputnik Azerbaijan" reads on to "part of Sputnik".
//
// @param actor "margarita-simonyan" the person's actor id (see GET /actors?q=)
MATCH (person:Actor {id: $actor})-[r:MEMBER_OF]->(org:Actor)
OPTIONAL MATCH (org)-[:PART_OF]->(parent:Actor)
RETURN org.name AS organisation, org.kind AS kind, r.role AS role, r.date AS date,
       r.date_precision AS precision, r.status AS status, collect(parent.name) AS part_of,
       r.best_sentence AS sentence
ORDER BY coalesce(r.date, '9999'), organisation
