// Review: link articles to the actors they mention (a merge's survivor, an undone loser).
UNWIND $rows AS row
MATCH (d:Article {id: row.article})
MATCH (a:Actor {id: row.actor})
MERGE (d)-[:MENTIONS]->(a)
