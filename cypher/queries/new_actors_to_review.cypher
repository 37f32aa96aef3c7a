// New actors to review
//
// Actors the loaders created from the text rather than the curated catalogue, the most
// active first: the list a curator goes through to confirm, merge or add them.
//
// @param limit 30 most actors returned
MATCH (a:Actor)
WHERE a.curated = false
OPTIONAL MATCH (a)-[r]-(:Actor)
WITH a, count(r) AS acts
OPTIONAL MATCH (article:Article)-[:MENTIONS]->(a)
RETURN a.id AS id, a.name AS name, a.kind AS kind, acts, count(article) AS articles
ORDER BY acts DESC, articles DESC, name
LIMIT $limit
