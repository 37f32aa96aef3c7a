// Review: delete an actor merged into another, once its acts have moved.
MATCH (a:Actor {id: $id})
DETACH DELETE a
