// Neo4j: lookup indexes for one relation type ({{rel_type}} from the schema).
CREATE INDEX rel_{{rel_type}}_id IF NOT EXISTS FOR ()-[r:{{rel_type}}]-() ON (r.id);
CREATE INDEX rel_{{rel_type}}_date IF NOT EXISTS FOR ()-[r:{{rel_type}}]-() ON (r.date)
