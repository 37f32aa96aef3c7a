// Review: delete acts of one type ({{rel_type}} from the schema) by ends and id (their
// evidence goes with review_delete_act_evidence).
UNWIND $rows AS row
MATCH (:Actor {id: row.source})-[r:{{rel_type}} {id: row.id}]->(:Actor {id: row.target})
DELETE r
