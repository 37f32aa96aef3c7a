// Who aided an actor, when and with what
//
// AIDED acts towards one actor (or all, with null): the giver, the date, the amount in US
// dollars where the text states one, and the sentence.
//
// @param target "ukraine" the receiving actor's id; null: every AIDED act
MATCH (giver:Actor)-[r:AIDED]->(receiver:Actor)
WHERE $target IS NULL OR receiver.id = $target
RETURN giver.name AS giver, receiver.name AS receiver, r.date AS date, r.amount_usd AS amount_usd,
       r.status AS status, r.summary AS summary, r.best_sentence AS sentence
ORDER BY coalesce(date, '9999'), giver
