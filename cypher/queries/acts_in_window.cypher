// Acts in a date window
//
// Every dated act (affiliations left out) between two dates, oldest first, optionally of
// chosen types only. Dates compare at each act's precision, so an act known only to the
// month is kept when its month overlaps the window.
//
// @param since "2025-06-01" earliest act date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param until "2025-07-31" latest act date
// @param types null act types to keep, e.g. ["DETAINED", "BANNED"]; null: every act type
MATCH (actor:Actor)-[r]->(target:Actor)
WHERE NOT type(r) IN ['MEMBER_OF', 'PART_OF']
  AND ($types IS NULL OR type(r) IN $types)
  AND r.date IS NOT NULL
  AND r.date >= substring($since, 0, size(r.date))
  AND r.date <= substring($until, 0, size(r.date))
RETURN r.date AS date, r.date_precision AS precision, type(r) AS act, actor.name AS actor,
       target.name AS target, r.status AS status, r.summary AS summary
ORDER BY date, act, actor, target
