// Alleged acts and who alleges them
//
// Acts the text hedges ("alleged", "reportedly", "claimed"), with the actors it credits with
// the claim and the sentence — the claims an analyst should verify before repeating.
MATCH (actor:Actor)-[r]->(target:Actor)
WHERE r.status = 'alleged'
OPTIONAL MATCH (source:Actor)
WHERE source.id IN coalesce(r.asserted_by, [])
WITH actor, r, target, collect(source.name) AS according_to
RETURN type(r) AS act, actor.name AS actor, target.name AS target, r.date AS date,
       according_to, r.article_count AS articles, r.best_sentence AS sentence
ORDER BY act, actor, target
