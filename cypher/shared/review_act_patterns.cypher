// Review queue: the extraction patterns behind the given acts.
MATCH (e:Evidence)
WHERE e.act_id IN $ids
RETURN e.act_id AS act_id, collect(DISTINCT e.pattern) AS patterns
