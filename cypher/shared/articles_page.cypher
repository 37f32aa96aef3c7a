// One page of articles, newest first, each with the number of acts extracted from it.
MATCH (d:Article)
WHERE ($outlet IS NULL OR d.outlet = $outlet)
WITH d
ORDER BY coalesce(d.date, '') DESC, d.id
SKIP $offset
LIMIT $limit
OPTIONAL MATCH (e:Evidence)-[:FROM]->(d)
WITH d, count(DISTINCT e.act_id) AS acts
RETURN d.id AS id, d.title AS title, d.outlet AS outlet, d.author AS author, d.date AS date,
       d.source_file AS source_file, d.word_count AS word_count, acts
ORDER BY coalesce(date, '') DESC, id
