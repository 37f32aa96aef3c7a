// Review: delete evidence nodes by id (what an undone move had carried over).
MATCH (e:Evidence)
WHERE e.id IN $ids
DETACH DELETE e
