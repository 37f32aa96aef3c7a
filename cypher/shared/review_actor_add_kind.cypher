// Review: give an actor a kind label ({{kind}} from the schema).
MATCH (a:Actor {id: $id})
SET a:{{kind}}
