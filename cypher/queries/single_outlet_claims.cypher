// Claims reported by only one outlet
//
// Acts whose every evidence sentence comes from a single outlet: the claims nobody else
// has corroborated yet, grouped by that outlet. Articles with no detected outlet count as
// "unknown outlet".
//
// @param limit 50 most acts returned
MATCH (actor:Actor)-[r]->(target:Actor)
WHERE NOT type(r) IN ['MEMBER_OF', 'PART_OF']
MATCH (e:Evidence {act_id: r.id})-[:FROM]->(article:Article)
WITH actor, r, target, collect(DISTINCT coalesce(article.outlet, 'unknown outlet')) AS outlets
WHERE size(outlets) = 1
RETURN outlets[0] AS outlet, type(r) AS act, actor.name AS actor, target.name AS target,
       r.date AS date, r.status AS status, r.best_sentence AS sentence
ORDER BY outlet, act, actor, target
LIMIT $limit
