// The `id` property of nodes given by element id (FalkorDB's internal id, as text): the
// ends of relationships a read-only statement returned without their nodes.
// The id is made an integer in its own WITH so the match stays a NodeByIdSeek.
UNWIND $element_ids AS element_id
WITH element_id, toInteger(element_id) AS node_id
MATCH (n)
WHERE id(n) = node_id
RETURN element_id, n.id AS id
