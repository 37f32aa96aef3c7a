// Review: one actor as a record, with the articles that mention it.
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (d:Article)-[:MENTIONS]->(a)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases,
       a.country AS country, a.curated AS curated, a.wikidata AS wikidata,
       collect(d.id) AS mentioned_in
