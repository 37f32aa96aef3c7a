// Review: take a kind label ({{kind}} from the schema) off an actor.
MATCH (a:Actor {id: $id})
REMOVE a:{{kind}}
