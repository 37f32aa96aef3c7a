// Neo4j: constraints and indexes that do not depend on a relation type (idempotent).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (d:Article) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE;
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX article_date IF NOT EXISTS FOR (d:Article) ON (d.date);
CREATE INDEX evidence_act IF NOT EXISTS FOR (e:Evidence) ON (e.act_id);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases_text];
CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (a:Actor) ON EACH [a.search_keys]
