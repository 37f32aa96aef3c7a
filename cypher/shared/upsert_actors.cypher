// Upsert actors of one kind. Aliases are unioned, so reloading never loses a spelling.
// {{kind}} is filled from schema/graph.yaml only.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
WITH a, row,
     reduce(acc = coalesce(a.aliases, []), x IN row.aliases |
       CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
SET a:{{kind}},
    a.name = row.name,
    a.kind = row.kind,
    a.aliases = aliases,
    a.aliases_text = row.aliases_text,
    a.country = coalesce(row.country, a.country),
    a.curated = row.curated OR coalesce(a.curated, false),
    a.wikidata = coalesce(row.wikidata, a.wikidata)
