// Upsert actors of one kind. Aliases (and their folded search keys) are unioned, so
// reloading never loses a spelling.
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
    a.search_keys = CASE
      WHEN a.search_keys IS NULL THEN row.search_keys
      WHEN a.search_keys CONTAINS row.search_keys THEN a.search_keys
      ELSE a.search_keys + ' | ' + row.search_keys
    END,
    a.country = coalesce(row.country, a.country),
    a.curated = row.curated OR coalesce(a.curated, false),
    a.wikidata = coalesce(row.wikidata, a.wikidata)
