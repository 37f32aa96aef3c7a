// The endpoints of each given act id, read from its evidence (indexed on act_id).
MATCH (e:Evidence)
WHERE e.act_id IN $ids
RETURN DISTINCT e.act_id AS id, e.source AS source, e.target AS target
