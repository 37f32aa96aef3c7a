// One article with its text and the ids of the acts extracted from it.
MATCH (d:Article {id: $id})
OPTIONAL MATCH (e:Evidence)-[:FROM]->(d)
RETURN d.id AS id, d.title AS title, d.outlet AS outlet, d.author AS author, d.date AS date,
       d.source_file AS source_file, d.word_count AS word_count, d.text AS text,
       collect(DISTINCT e.act_id) AS act_ids
