// Who accused whom
//
// Every ACCUSED act: accuser, accused, when, whether the accusation is reported or only
// alleged, who the text credits with it, and how many articles carry it — the most
// corroborated first. A date bound keeps dated acts only, compared at each act's precision
// (an act dated 2025-06 falls inside since "2025-06-15").
//
// @param since null earliest act date (YYYY, YYYY-MM or YYYY-MM-DD); null: no bound
// @param until null latest act date; null: no bound
MATCH (accuser:Actor)-[r:ACCUSED]->(accused:Actor)
WHERE ($since IS NULL OR (r.date IS NOT NULL AND r.date >= substring($since, 0, size(r.date))))
  AND ($until IS NULL OR (r.date IS NOT NULL AND r.date <= substring($until, 0, size(r.date))))
RETURN accuser.name AS accuser, accused.name AS accused, r.date AS date, r.status AS status,
       r.asserted_by AS according_to, r.article_count AS articles, r.best_sentence AS sentence
ORDER BY articles DESC, date DESC, accuser, accused
