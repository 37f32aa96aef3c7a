// Upsert articles (id = content hash) and link each to the actors it mentions.
UNWIND $rows AS row
MERGE (d:Article {id: row.id})
SET d.title = row.title,
    d.outlet = row.outlet,
    d.author = row.author,
    d.date = row.date,
    d.source_file = row.source_file,
    d.text = row.text,
    d.word_count = row.word_count
WITH d, row
UNWIND row.mentions AS actor_id
MATCH (a:Actor {id: actor_id})
MERGE (d)-[:MENTIONS]->(a)
