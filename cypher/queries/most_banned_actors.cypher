// The most-banned actors
//
// Actors on the receiving end of BANNED acts (entry bans, blocked outlets, outlawed
// organisations), with how many bans, who banned them and how many articles report it.
//
// @param limit 20 most actors returned
MATCH (banner:Actor)-[r:BANNED]->(banned:Actor)
WITH banned, count(r) AS bans, collect(DISTINCT banner.name) AS banned_by, toInteger(sum(r.article_count)) AS reports
RETURN banned.name AS actor, banned.kind AS kind, bans, banned_by, reports
ORDER BY bans DESC, reports DESC, actor
LIMIT $limit
