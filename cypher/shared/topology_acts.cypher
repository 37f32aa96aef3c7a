// Every act of one type as (source, target, id, status, date): the rows the in-memory
// projection of the act graph is built from (app/store/topology.py). {{rel_type}} comes
// from the schema. The ends are labelled here, unlike in acts_of_type: a whole-type scan
// that starts from actors skips the far more numerous evidence and article nodes.
MATCH (s:Actor)-[r:{{rel_type}}]->(t:Actor)
RETURN s.id AS source, t.id AS target, r.id AS id, r.status AS status, r.date AS date
