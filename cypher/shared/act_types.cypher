// The type of each given act id, read from its evidence (indexed on act_id), so the act
// itself can be read through its type's relationship index (acts_of_type).
MATCH (e:Evidence)
WHERE e.act_id IN $ids
RETURN DISTINCT e.act_id AS id, e.act_type AS type
