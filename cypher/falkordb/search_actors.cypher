// Candidate actors for a search: the full-text index over folded name keys.
// $query is built by the store from folded ASCII words only (RediSearch syntax:
// %word% one typo, %%word%% two, word* prefix). Ranking is refined in Python.
CALL db.idx.fulltext.queryNodes('Actor', $query) YIELD node, score
WHERE $kind IS NULL OR node.kind = $kind
RETURN node.id AS id, node.name AS name, node.kind AS kind, node.aliases AS aliases,
       node.search_keys AS search_keys, node.country AS country, node.curated AS curated,
       score
ORDER BY score DESC
LIMIT $limit
