// Which of the given ids already name an act of one type ({{rel_type}} from the schema).
MATCH ()-[r:{{rel_type}}]->()
WHERE r.id IN $ids
RETURN r.id AS id
