// Acts ranked by corroboration
//
// Acts ranked by how many distinct outlets, then articles, then sentences report them: the
// best-sourced facts of the story first. Raise min_articles to see only corroborated acts.
//
// @param min_articles 1 fewest distinct articles an act needs
// @param limit 25 most acts returned
MATCH (actor:Actor)-[r]->(target:Actor)
WHERE NOT type(r) IN ['MEMBER_OF', 'PART_OF'] AND r.article_count >= $min_articles
MATCH (e:Evidence {act_id: r.id})-[:FROM]->(article:Article)
WITH actor, r, target, collect(DISTINCT coalesce(article.outlet, 'unknown outlet')) AS outlets
RETURN type(r) AS act, actor.name AS actor, target.name AS target, r.date AS date,
       r.status AS status, size(outlets) AS outlet_count, outlets, r.article_count AS articles,
       r.evidence_count AS sentences
ORDER BY outlet_count DESC, articles DESC, sentences DESC, act, actor
LIMIT $limit
