// The `id` property of nodes given by element id: the ends of relationships a read-only
// statement returned without their nodes.
UNWIND $element_ids AS element_id
MATCH (n)
WHERE elementId(n) = element_id
RETURN element_id, n.id AS id
