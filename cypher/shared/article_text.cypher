// The stored text of one article, for checking evidence offsets.
MATCH (d:Article {id: $id})
RETURN d.id AS id, d.title AS title, d.text AS text
