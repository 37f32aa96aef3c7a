// ActorGraph dashboard: search an actor, draw its neighbourhood, expand nodes, read the
// evidence behind each act, find paths, filter by act type, status and date, and review acts
// and actors (review.js). Everything it shows comes from the public HTTP API (api.js).
import { api, ApiError } from './api.js';
import { attachCombo } from './combo.js';
import { badge, el, parts } from './dom.js';
import { GraphView, KIND_STYLE, typeColour } from './graph.js';
import { actorReview, actReview, attachReviewer, decisionText, queueView, rejectedAct, reviewState } from './review.js';
import { drawTimeline } from './timeline.js';

const $ = (id) => document.getElementById(id);
const state = { expanded: [], selected: null, filter: {}, enums: { types: [], statuses: [] }, path: null, fromQueue: false };
let graph;

function say(message, isError = false) {
  $('status').textContent = message;
  $('status').classList.toggle('error', isError);
}

async function guarded(label, work) {
  say(`${label}…`);
  try {
    const result = await work();
    say('');
    return result;
  } catch (error) {
    say(error instanceof ApiError ? `${label} failed: ${error.message}` : `${label} failed: ${error}`, true);
    return undefined;
  }
}

const nameOf = (id) => {
  const node = graph.cy.getElementById(id);
  return node.nonempty() ? node.data('name') : id;
};

// ---- filters -------------------------------------------------------------------------------

function buildFilters() {
  const checkbox = (name, value, label, colour) =>
    el('label', {}, el('input', { type: 'checkbox', name, value, checked: true }),
      colour ? el('span', { class: 'swatch', style: `background:${colour}` }) : null, ` ${label}`);
  $('type-list').replaceChildren(...state.enums.types.map((t) => checkbox('type', t, t, typeColour(t))));
  $('status-list').replaceChildren(...state.enums.statuses.map((s) => checkbox('status', s, s)));
  $('types-all').addEventListener('click', () => setAllTypes(true));
  $('types-none').addEventListener('click', () => setAllTypes(false));
  $('filters').addEventListener('submit', (event) => { event.preventDefault(); applyFilters(); });
  $('filters').addEventListener('reset', () => setTimeout(applyFilters, 0));
}

function setAllTypes(on) {
  for (const box of $('type-list').querySelectorAll('input')) box.checked = on;
}

function readFilter() {
  const checked = (name) => [...$('filters').querySelectorAll(`input[name=${name}]:checked`)].map((b) => b.value);
  const types = checked('type');
  const statuses = checked('status');
  return {
    types: types.length === state.enums.types.length ? undefined : types,
    statuses: statuses.length === state.enums.statuses.length ? undefined : statuses,
    since: $('since').value || undefined,
    until: $('until').value || undefined,
  };
}

async function applyFilters() {
  const filter = readFilter();
  if (filter.types && !filter.types.length) { say('Pick at least one act type.', true); return; }
  if (filter.statuses && !filter.statuses.length) { say('Pick at least one status.', true); return; }
  if (filter.since && filter.until && filter.since > filter.until) { say('The date range ends before it starts.', true); return; }
  state.filter = filter;
  const expanded = [...state.expanded];
  graph.clear();
  state.expanded = [];
  for (const id of expanded) await expand(id, { layout: false });
  graph.layout();
  if (state.selected) await showActor(state.selected);
  say(`Filters applied: ${graph.cy.edges().length} acts drawn.`);
}

// ---- graph ---------------------------------------------------------------------------------

async function expand(id, { layout = true } = {}) {
  const hood = await guarded('Loading neighbourhood', () => api.neighbourhood(id, state.filter));
  if (!hood) return;
  graph.add(hood.nodes, hood.edges, id);
  if (graph.cy.getElementById(id).empty()) graph.add([{ id, name: id, kind: '' }], []);
  graph.markExpanded(id);
  if (!state.expanded.includes(id)) state.expanded.push(id);
  if (layout) graph.layout(id);
  if (hood.truncated) say(`${nameOf(id)} has more acts than drawn; narrow the filters to see the rest.`);
}

async function selectActor(actor) {
  state.selected = actor.id;
  state.fromQueue = false;
  if (!state.expanded.includes(actor.id)) await expand(actor.id);
  graph.cy.elements().unselect();
  graph.cy.getElementById(actor.id).select();
  await showActor(actor.id);
}

async function onNodeTap(id) {
  state.selected = id;
  state.fromQueue = false;
  if (!state.expanded.includes(id)) await expand(id);
  await showActor(id);
}

// ---- details panel -------------------------------------------------------------------------

function actButton(edge) {
  const out = edge.source === state.selected;
  const other = out ? edge.target : edge.source;
  const text = `${out ? '→' : '←'} ${edge.type} ${nameOf(other)}${edge.date ? ` (${edge.date})` : ''}`;
  return el('li', { class: 'act' },
    el('span', { class: 'swatch', style: `background:${typeColour(edge.type)}` }), ' ',
    el('button', { type: 'button', class: 'linklike', dataset: { relationId: edge.id }, onclick: () => showRelation(edge.id) }, text),
    ' ', badge(edge.status));
}

async function showActor(id) {
  const actor = await guarded('Loading actor', () => api.actor(id));
  if (!actor) return;
  // The address names the selected actor, so a view can be bookmarked or shared.
  history.replaceState(null, '', `?actor=${encodeURIComponent(id)}${window.location.hash}`);
  const edges = graph.cy.getElementById(id).connectedEdges().map((e) => e.data())
    .sort((a, b) => (b.date || '').localeCompare(a.date || ''));
  const neighbours = graph.cy.getElementById(id).neighborhood('node').map((n) => n.data())
    .sort((a, b) => a.name.localeCompare(b.name));
  const counts = actor.act_counts.map((c) => `${c.type} ${c.direction === 'out' ? 'by' : 'against'}: ${c.count}`);
  $('details').replaceChildren(...parts(
    el('h3', { 'data-testid': 'actor-name' }, actor.name),
    el('dl', {},
      el('dt', {}, 'Kind'), el('dd', {}, actor.kind, actor.curated ? '' : ' (new, not curated)'),
      actor.country ? [el('dt', {}, 'Country'), el('dd', {}, actor.country)] : null,
      actor.aliases.length ? [el('dt', {}, 'Also'), el('dd', {}, actor.aliases.slice(0, 6).join('; '))] : null,
      actor.first_act ? [el('dt', {}, 'Acts'), el('dd', {}, `${actor.first_act} – ${actor.last_act}`)] : null,
      el('dt', {}, 'Review'), el('dd', { 'data-testid': 'actor-review-state' }, reviewState(actor))),
    actor.roles.length ? [el('h3', {}, 'Roles'), el('ul', { class: 'plain' }, actor.roles.map((r) =>
      el('li', {}, `${r.role || 'member'} of ${r.of_name || r.of}${r.date ? ` (${r.date})` : ''}`)))] : null,
    counts.length ? [el('h3', {}, 'Acts by type'), el('p', { class: 'muted' }, counts.join(' · '))] : null,
    el('h3', {}, `Acts drawn (${edges.length})`),
    el('ul', { class: 'plain', 'data-testid': 'actor-acts' }, edges.map(actButton)),
    el('h3', {}, `Connected actors (${neighbours.length})`),
    el('ul', { class: 'plain', 'data-testid': 'neighbours' }, neighbours.map((n) =>
      el('li', { class: 'act' }, el('button', { type: 'button', class: 'linklike', dataset: { actorId: n.id },
        onclick: () => onNodeTap(n.id) }, `${n.name}`), el('span', { class: 'muted' }, ` ${n.kind}`)))),
    actorReview(actor, { onJudged, onUndone }),
  ));
  await drawActorTimeline(id);
}

async function drawActorTimeline(id) {
  const [out, into] = await Promise.all([
    api.relations({ source: id }, state.filter).catch(() => ({ data: [] })),
    api.relations({ target: id }, state.filter).catch(() => ({ data: [] })),
  ]);
  const acts = new Map([...out.data, ...into.data].map((act) => [act.id, act]));
  $('timeline-title').textContent = `Timeline: ${nameOf(id)}`;
  drawTimeline($('timeline'), [...acts.values()], showRelation);
}

function evidenceItem(evidence) {
  const meta = [evidence.article_title, evidence.outlet, evidence.article_date].filter(Boolean).join(' · ');
  return el('li', { 'data-testid': 'evidence' },
    el('blockquote', { class: 'evidence' }, evidence.sentence),
    el('div', { class: 'source' }, meta || evidence.article_id, ' ', badge(evidence.status),
      evidence.asserted_by.length ? ` according to ${evidence.asserted_by.map(nameOf).join(', ')} ` : ' ',
      el('a', { href: `#article=${encodeURIComponent(evidence.article_id)}&start=${evidence.start}&end=${evidence.end}` }, 'Read the article')));
}

async function showRelation(id) {
  const act = await guarded('Loading evidence', () => api.relation(id));
  if (!act) return;
  graph.cy.elements().unselect();
  graph.cy.getElementById(id).select();
  $('details').replaceChildren(...parts(
    el('h3', { 'data-testid': 'relation-title' },
      el('span', { class: 'swatch', style: `background:${typeColour(act.type)}` }), ' ',
      `${nameOf(act.source)} ${act.type} ${nameOf(act.target)}`),
    el('dl', {},
      el('dt', {}, 'When'), el('dd', {}, act.date ? `${act.date} (${act.date_precision})` : 'no date given'),
      el('dt', {}, 'Status'), el('dd', {}, badge(act.status)),
      act.summary ? [el('dt', {}, 'Summary'), el('dd', {}, act.summary)] : null,
      act.role ? [el('dt', {}, 'Role'), el('dd', {}, act.role)] : null,
      act.amount_usd ? [el('dt', {}, 'Amount'), el('dd', {}, `US$${act.amount_usd.toLocaleString('en')}`)] : null,
      act.asserted_by.length ? [el('dt', {}, 'Claimed by'), el('dd', {}, act.asserted_by.map(nameOf).join(', '))] : null,
      el('dt', {}, 'Reported in'), el('dd', {}, `${act.article_count} article${act.article_count === 1 ? '' : 's'}, ${act.evidence_count} sentence${act.evidence_count === 1 ? '' : 's'}`),
      el('dt', {}, 'Review'), el('dd', { 'data-testid': 'act-review-state' }, reviewState(act))),
    actReview(act, { types: state.enums.types, onJudged, onUndone }),
    el('h3', {}, 'Evidence'),
    el('ul', { class: 'plain', 'data-testid': 'evidence-list' }, act.evidence.map(evidenceItem)),
    el('p', {}, el('button', { type: 'button', class: 'linklike', onclick: () => onNodeTap(act.source) }, `← ${nameOf(act.source)}`),
      ' · ', el('button', { type: 'button', class: 'linklike', onclick: () => onNodeTap(act.target) }, `${nameOf(act.target)} →`),
      state.fromQueue ? [' · ', backToQueue()] : null),
  ));
  $('details').focus();
}

// ---- review --------------------------------------------------------------------------------

const actorNames = new Map();

/** An actor's name: as drawn, else asked of the API once (its id when it cannot be read). */
function actorName(id) {
  if (graph.cy.getElementById(id).nonempty()) return Promise.resolve(nameOf(id));
  if (!actorNames.has(id)) actorNames.set(id, api.actor(id).then((a) => a.name, () => id));
  return actorNames.get(id);
}

const backToQueue = () =>
  el('button', { type: 'button', class: 'linklike', 'data-testid': 'back-to-queue', onclick: openQueue }, 'Back to the queue');

async function openQueue() {
  $('details').replaceChildren(el('p', { class: 'muted' }, 'Loading the review queue…'));
  const view = await guarded('Loading the review queue', () => queueView({ names: actorName, onOpen: openQueued }));
  if (!view) return;
  state.fromQueue = true;
  $('details').replaceChildren(...view);
  $('details').focus();
}

/** Draw a queued act (its source's neighbourhood, or at least its two ends) and open its evidence. */
async function openQueued(act) {
  if (!state.expanded.includes(act.source)) await expand(act.source);
  if (graph.cy.getElementById(act.id).empty()) {
    const ends = await guarded('Loading the act', () => Promise.all([api.actor(act.source), api.actor(act.target)]));
    if (!ends) return;
    graph.add(ends, [act], act.source);
    graph.layout(act.source);
  }
  state.fromQueue = true;
  await showRelation(act.id);
}

/** Draw again the acts of the drawn actors among `ids`, as the graph now holds them. */
async function redraw(ids) {
  const drawn = ids.filter((id, i) => ids.indexOf(id) === i && graph.cy.getElementById(id).nonempty());
  const hoods = await Promise.all(drawn.map((id) => api.neighbourhood(id, state.filter).catch(() => null)));
  graph.cy.edges().filter((e) => drawn.includes(e.data('source')) || drawn.includes(e.data('target'))).remove();
  hoods.forEach((hood, i) => {
    if (!hood) return;
    if (state.expanded.includes(drawn[i])) graph.add(hood.nodes, hood.edges, drawn[i]);
    else graph.add([], hood.edges.filter((e) => graph.cy.getElementById(e.source).nonempty() && graph.cy.getElementById(e.target).nonempty()));
  });
}

/** After a decision: the drawing and the panel show the graph as it now is. */
async function onJudged(judgement) {
  if (judgement.kind === 'merge') {
    const loser = judgement.actor.id;
    graph.cy.getElementById(loser).remove();
    state.expanded = state.expanded.filter((id) => id !== loser);
    await redraw([judgement.into]);
    const survivor = await guarded('Loading the surviving actor', () => api.actor(judgement.into));
    if (survivor) await selectActor(survivor);
    say(`${survivor ? survivor.name : judgement.into}: ${decisionText(judgement)}.`);
    return;
  }
  const act = judgement.act;
  await redraw([act.source, act.target]);
  if (judgement.kind === 'reject') showRejected(judgement);
  else await showRelation(judgement.result_act || act.id);
  say(`${nameOf(act.source)} ${act.type} ${nameOf(act.target)}: ${decisionText(judgement)}.`);
}

/** After an undo: what the undone decision changed is drawn as it was before. */
async function onUndone(undo, undone) {
  if (undone.kind === 'merge') {
    await redraw([undone.into]);
    const loser = await guarded('Loading the restored actor', () => api.actor(undone.actor.id));
    if (loser) await selectActor(loser);
  } else if (undone.act) {
    await redraw([undone.act.source, undone.act.target]);
    await showRelation(undone.act.id);
  }
  say(`Undone: ${decisionText(undone)}.`);
}

function showRejected(judgement) {
  graph.cy.elements().unselect();
  $('details').replaceChildren(...rejectedAct(judgement, {
    names: nameOf, onUndone, extra: state.fromQueue ? [' ', backToQueue()] : [],
  }));
  $('details').focus();
}

// ---- path finder ---------------------------------------------------------------------------

async function resolveActor(input) {
  if (input.dataset.actorId) return input.dataset.actorId;
  const q = input.value.trim();
  if (!q) return undefined;
  const actor = await api.bestMatch(q);
  if (!actor) throw new ApiError(404, 'not_found', `no actor matches “${q}”`);
  input.value = actor.name;
  input.dataset.actorId = actor.id;
  return actor.id;
}

async function findPath(event) {
  event.preventDefault();
  const result = await guarded('Finding path', async () => {
    const from = await resolveActor($('path-from'));
    const to = await resolveActor($('path-to'));
    if (!from || !to) throw new ApiError(400, 'missing', 'pick both ends of the path');
    return api.paths(from, to, Number($('max-hops').value), $('path-directed').checked, state.filter);
  });
  if (!result) return;
  if (!result.paths.length) {
    graph.clearHighlight();
    $('details').replaceChildren(el('h3', { 'data-testid': 'path-title' }, 'No path'),
      el('p', { 'data-testid': 'no-path' }, `No path of at most ${$('max-hops').value} acts links ${$('path-from').value} and ${$('path-to').value} under the current filters.`,
        result.truncated ? ' The search stopped at a very busy actor; narrow the filters.' : ''));
    return;
  }
  const path = result.paths[0];
  graph.add(path.nodes, path.hops.map((hop) => hop.act));
  graph.layout();
  graph.highlightPath(path.nodes.map((n) => n.id), path.hops.map((hop) => hop.act.id));
  state.path = path;
  const names = Object.fromEntries(path.nodes.map((n) => [n.id, n.name]));
  $('details').replaceChildren(...parts(
    el('h3', { 'data-testid': 'path-title' }, `${names[result.source]} to ${names[result.target]}: ${path.length} hop${path.length === 1 ? '' : 's'}`),
    el('ol', { class: 'hops', 'data-testid': 'path-hops' }, path.hops.map((hop) =>
      el('li', {},
        el('button', { type: 'button', class: 'linklike', onclick: () => showRelation(hop.act.id) },
          `${names[hop.act.source]} ${hop.act.type} ${names[hop.act.target]}${hop.act.date ? ` (${hop.act.date})` : ''}`),
        ' ', badge(hop.act.status),
        hop.evidence ? el('ul', { class: 'plain' }, evidenceItem(hop.evidence)) : el('p', { class: 'muted' }, 'no evidence sentence')))),
    el('button', { type: 'button', onclick: () => { graph.clearHighlight(); state.path = null; } }, 'Clear highlight'),
  ));
}

// ---- article view --------------------------------------------------------------------------

async function openArticleFromHash() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const id = params.get('article');
  if (!id) { $('article-view').hidden = true; return; }
  const article = await guarded('Loading article', () => api.article(id));
  if (!article) return;
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  const text = article.text;
  const body = $('article-text');
  if (Number.isInteger(start) && Number.isInteger(end) && end > start && end <= text.length) {
    const mark = el('mark', {}, text.slice(start, end));
    body.replaceChildren(text.slice(0, start), mark, text.slice(end));
    requestAnimationFrame(() => mark.scrollIntoView({ block: 'center' }));
  } else {
    body.replaceChildren(text);
  }
  $('article-title').textContent = article.title || article.id;
  $('article-meta').textContent = [article.outlet, article.author, article.date, `${article.acts} acts extracted`].filter(Boolean).join(' · ');
  $('article-view').hidden = false;
  $('article-close').focus();
}

function closeArticle() {
  history.pushState(null, '', window.location.pathname + window.location.search);
  $('article-view').hidden = true;
}

function savePng() {
  if (graph.cy.elements().empty()) { say('Nothing drawn to save yet.', true); return; }
  const link = el('a', { href: graph.cy.png({ full: true, scale: 2, bg: '#ffffff' }), download: 'actorgraph.png' });
  document.body.append(link);
  link.click();
  link.remove();
}

// ---- start ---------------------------------------------------------------------------------

function buildLegend() {
  $('legend').replaceChildren(...Object.entries(KIND_STYLE).map(([kind, style]) =>
    el('li', {}, el('span', { class: 'swatch', style: `background:${style.color}` }), `${kind} (${style.shape})`)),
  el('li', {}, 'dashed border: new actor'), el('li', {}, 'dashed edge: alleged'), el('li', {}, 'dotted edge: denied'));
}

async function start() {
  if (typeof window.cytoscape !== 'function') {
    say('The graph library is missing: run `npm ci` in the project folder and reload.', true);
    return;
  }
  graph = new GraphView($('graph'), { onNode: onNodeTap, onEdge: showRelation });
  window.actorgraph = { graph, state };  // read by the browser tests and handy in the console
  const enums = await guarded('Reading the API schema', () => api.schemaEnums());
  if (enums) state.enums = enums;
  buildFilters();
  buildLegend();
  attachCombo($('search'), $('search-list'), selectActor, {
    pickOnEnter: true,
    onMiss: (q) => say(`No actor matches “${q}”.`, true),
  });
  attachCombo($('path-from'), $('from-list'), () => {});
  attachCombo($('path-to'), $('to-list'), () => {});
  attachReviewer($('reviewer-who'), $('reviewer-key'));
  $('reviewer').addEventListener('submit', (event) => event.preventDefault());
  $('open-queue').addEventListener('click', openQueue);
  $('path-form').addEventListener('submit', findPath);
  $('fit').addEventListener('click', () => graph.fit());
  $('clear-graph').addEventListener('click', () => { graph.clear(); state.expanded = []; state.selected = null; });
  $('article-close').addEventListener('click', closeArticle);
  $('article-view').addEventListener('click', (event) => { if (event.target === $('article-view')) closeArticle(); });
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape' && !$('article-view').hidden) closeArticle(); });
  $('save-png').addEventListener('click', savePng);
  window.addEventListener('hashchange', openArticleFromHash);
  await openArticleFromHash();
  const shared = new URLSearchParams(window.location.search).get('actor');
  if (shared) {
    const actor = await guarded('Loading the shared view', () => api.actor(shared));
    if (actor) {
      $('search').value = actor.name;
      await selectActor(actor);
    }
  }
  $('search').focus();
  document.body.dataset.ready = 'true';
}

start();
