// The dashboard's only way to the graph: the public HTTP API. Errors arrive in the API's
// one shape, {"error": {"code", "message", "details"}}, and are thrown as ApiError. Writes
// carry the API key the reviewer typed in (review.js keeps it for the browser session only).

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function answer(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && body.error ? body.error : { code: `http_${response.status}`, message: response.statusText };
    throw new ApiError(response.status, error.code, error.message);
  }
  return body;
}

async function getJson(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, item);
  }
  return answer(await fetch(url, { headers: { Accept: 'application/json' } }));
}

async function postJson(path, body, apiKey) {
  const response = await fetch(new URL(path, window.location.origin), {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-API-Key': apiKey },
    body: JSON.stringify(body),
  });
  return answer(response);
}

/** The act filter as query parameters: types, status, since, until. */
export function filterParams(filter) {
  return { types: filter.types, status: filter.statuses, since: filter.since, until: filter.until };
}

export const api = {
  schemaEnums: async () => {
    const spec = await getJson('/openapi.json');
    const enumOf = (name) => (spec.components.schemas[name] || {}).enum || [];
    return { types: enumOf('RelationTypeName'), kinds: enumOf('ActorKindName'), statuses: enumOf('StatusName') };
  },
  search: (q, limit = 8) => getJson('/actors', { q, limit }),
  /** The best-ranked actor for `q`, or null when nothing matches. */
  bestMatch: async (q) => (await getJson('/actors', { q, limit: 1 })).data[0] || null,
  actor: (id) => getJson(`/actors/${encodeURIComponent(id)}`),
  neighbourhood: (id, filter, limit = 60) =>
    getJson(`/actors/${encodeURIComponent(id)}/neighbourhood`, { depth: 1, limit, ...filterParams(filter) }),
  relation: (id) => getJson(`/relations/${encodeURIComponent(id)}`),
  relations: (params, filter) => getJson('/relations', { limit: 500, ...params, ...filterParams(filter) }),
  paths: (from, to, maxHops, directed, filter) =>
    getJson('/paths', {
      from, to, max_hops: maxHops, direction: directed ? 'out' : 'both', mode: 'shortest', ...filterParams(filter),
    }),
  article: (id) => getJson(`/articles/${encodeURIComponent(id)}`),
  queue: (limit = 20, offset = 0) => getJson('/review/queue', { limit, offset }),
  /** Decisions in force on an act or actor, newest first. */
  judgements: (params) => getJson('/judgements', { in_force: true, limit: 20, ...params }),
  judge: (decision, apiKey) => postJson('/judgements', decision, apiKey),
  undo: (id, who, apiKey) => postJson(`/judgements/${encodeURIComponent(id)}/undo`, { who }, apiKey),
};
