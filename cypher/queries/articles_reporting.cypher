// Which articles report acts of a type
//
// The articles whose sentences report acts of one type, optionally only acts involving one
// actor: the reading list behind "which articles say Azerbaijan banned someone".
//
// @param type "BANNED" an act type (see schema/graph.yaml)
// @param actor null an actor id both or either end of the act; null: any actor
MATCH (e:Evidence)-[:FROM]->(article:Article)
WHERE e.act_type = $type AND ($actor IS NULL OR e.source = $actor OR e.target = $actor)
MATCH (s:Actor {id: e.source}), (t:Actor {id: e.target})
RETURN article.title AS title, article.outlet AS outlet, article.date AS date,
       count(e) AS sentences, collect(DISTINCT s.name + ' → ' + t.name) AS acts
ORDER BY sentences DESC, title
