// Review: where an act is, by id alone, through its indexed evidence nodes (the edge
// itself is then read by type, ends and id).
MATCH (e:Evidence {act_id: $id})
RETURN e.act_type AS type, e.source AS source, e.target AS target
LIMIT 1
