// FalkorDB: range indexes (no IF NOT EXISTS: the store skips those already listed by
// db.indexes()). Unique constraints are created with GRAPH.CONSTRAINT, not Cypher.
CREATE INDEX FOR (a:Actor) ON (a.id);
CREATE INDEX FOR (a:Actor) ON (a.kind);
CREATE INDEX FOR (d:Article) ON (d.id);
CREATE INDEX FOR (d:Article) ON (d.date);
CREATE INDEX FOR (e:Evidence) ON (e.id);
CREATE INDEX FOR (e:Evidence) ON (e.act_id);
CALL db.idx.fulltext.createNodeIndex('Actor', 'name', 'aliases_text', 'search_keys')
