// Review: delete every evidence node of the given acts.
UNWIND $ids AS act_id
MATCH (e:Evidence {act_id: act_id})
DETACH DELETE e
