// Lint Cypher with Neo4j's own parser and semantic analyser.
//
// stdin:  {"statements": [{"id": "...", "query": "..."}], "labels": [...],
//          "relationshipTypes": [...], "propertyKeys": [...]}
// stdout: {"results": [{"id": "...", "diagnostics": [{"severity", "message", "offset"}]}]}
//
// The schema is the package's bundled Neo4j 5 function/procedure schema
// (testData.mockSchema) plus ActorGraph's labels, types and properties; every $param a
// statement uses is declared, since parameters are supplied at run time.
import { lintCypherQuery, testData } from "@neo4j-cypher/language-support";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const base = testData.mockSchema;

const results = input.statements.map(({ id, query }) => {
  const parameters = {};
  for (const m of query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) parameters[m[1]] = { type: "Any" };
  const schema = {
    ...base,
    labels: [...new Set([...(base.labels ?? []), ...(input.labels ?? [])])],
    relationshipTypes: [...new Set([...(base.relationshipTypes ?? []), ...(input.relationshipTypes ?? [])])],
    propertyKeys: [...new Set([...(base.propertyKeys ?? []), ...(input.propertyKeys ?? [])])],
    parameters,
  };
  const { diagnostics } = lintCypherQuery(query, schema);
  return {
    id,
    diagnostics: diagnostics.map((d) => ({ severity: d.severity, message: d.message, offset: d.offsets?.start })),
  };
});
process.stdout.write(JSON.stringify({ results }));
