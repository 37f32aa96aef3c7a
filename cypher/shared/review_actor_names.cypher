// Review: the names of some actors, for the summaries of moved acts.
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a.id AS id, a.name AS name
