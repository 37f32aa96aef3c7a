// FalkorDB: range indexes on one relation type's id and date ({{rel_type}} from the schema).
CREATE INDEX FOR ()-[r:{{rel_type}}]-() ON (r.id);
CREATE INDEX FOR ()-[r:{{rel_type}}]-() ON (r.date)
