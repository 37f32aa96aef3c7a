// Every actor as the summary a neighbourhood or path answer shows, for the in-memory
// projection (app/store/topology.py): with it, those answers need no actor read.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.country AS country, a.curated AS curated
