// What a source claims
//
// The acts the text attributes to one source ("according to Apa.az", "Russian media
// reported"): who the source says did what to whom, and in which sentence.
//
// @param source "russian-media" the actor id of the source (an outlet, person or agency)
MATCH (actor:Actor)-[r]->(target:Actor)
WHERE $source IN coalesce(r.asserted_by, [])
RETURN type(r) AS act, actor.name AS actor, target.name AS target, r.date AS date,
       r.status AS status, r.best_sentence AS sentence
ORDER BY coalesce(date, '9999'), act
