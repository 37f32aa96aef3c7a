// Analyst review: confirm, reject or retype an act on its evidence panel, merge an actor
// into another from its panel, undo a decision, and the review queue. Decisions go to
// POST /judgements under the reviewer's name with the API key; both are typed into the
// Reviewer form and kept in sessionStorage (this tab only, gone when it closes), never in
// the page's code. What a decision does to the drawing is the caller's `onJudged`.
import { api, ApiError } from './api.js';
import { attachCombo } from './combo.js';
import { el, parts } from './dom.js';

const WHO = 'actorgraph.reviewer';
const KEY = 'actorgraph.apiKey';

/** Keep the Reviewer form's name and key for this tab's session. */
export function attachReviewer(whoInput, keyInput) {
  whoInput.value = sessionStorage.getItem(WHO) || '';
  keyInput.value = sessionStorage.getItem(KEY) || '';
  whoInput.addEventListener('input', () => sessionStorage.setItem(WHO, whoInput.value.trim()));
  keyInput.addEventListener('input', () => sessionStorage.setItem(KEY, keyInput.value.trim()));
}

function reviewer() {
  const who = sessionStorage.getItem(WHO);
  const apiKey = sessionStorage.getItem(KEY);
  if (!who || !apiKey) {
    throw new ApiError(0, 'no_reviewer', 'enter your name and the API key in the Reviewer form first');
  }
  return { who, apiKey };
}

const when = (at) => (at ? at.slice(0, 16).replace('T', ' ') : '');

/** “confirmed by ann, 2026-12-07 20:15”, or that nobody has reviewed it. */
export function reviewState(thing) {
  return thing.review ? `${thing.review} by ${thing.reviewed_by}, ${when(thing.reviewed_at)}` : 'not reviewed yet';
}

/** What a decision says, in a line: “rejected by ann”, “retyped to AGREED by bob”. */
export function decisionText(judgement) {
  const what = {
    confirm: 'confirmed', reject: 'rejected', retype: `retyped to ${judgement.type}`, swap: 'swapped',
    set_date: `re-dated to ${judgement.date || 'no date'}`, set_status: `marked ${judgement.status}`,
    merge: `merged ${judgement.actor ? `“${judgement.actor.name}” ` : ''}into ${judgement.into}`, rename: `renamed to ${judgement.name}`,
    set_kind: `made a ${judgement.actor_kind}`, curate: 'curated', undo: 'undone',
  }[judgement.kind] || judgement.kind;
  return `${what} by ${judgement.who}, ${when(judgement.at)}${judgement.note ? ` (“${judgement.note}”)` : ''}`;
}

function messageBox() {
  return el('p', { class: 'review-message', role: 'alert', 'data-testid': 'review-message' });
}

/** Send one decision; a refusal (404 unknown, 409 conflict, 401 key) is shown in `out`. */
async function send(out, call, onJudged) {
  out.textContent = 'Saving…';
  out.classList.remove('error');
  try {
    const judgement = await call(reviewer());
    out.textContent = '';
    await onJudged(judgement);
    return judgement;
  } catch (error) {
    const refused = error instanceof ApiError && error.status;
    out.textContent = refused ? `Refused (${error.status} ${error.code}): ${error.message}` : `Not saved: ${error.message}`;
    out.classList.add('error');
    return undefined;
  }
}

/** The decisions in force on an act or actor, each with an Undo button. */
function decisionList(params, out, onUndone) {
  const list = el('ul', { class: 'plain decisions', 'data-testid': 'decisions' });
  api.judgements(params).then((page) => {
    list.replaceChildren(...page.data.map((judgement) => el('li', { dataset: { judgementId: judgement.id } },
      decisionText(judgement), ' ',
      el('button', { type: 'button', class: 'small', 'data-testid': 'undo',
        onclick: () => send(out, ({ who, apiKey }) => api.undo(judgement.id, who, apiKey), (undo) => onUndone(undo, judgement)) },
      'Undo'))));
  }).catch(() => list.replaceChildren());
  return list;
}

/** The Review block of an act's evidence panel: its state, Confirm, Reject, Retype, decisions. */
export function actReview(act, { types, onJudged, onUndone }) {
  const out = messageBox();
  const note = el('input', { type: 'text', placeholder: 'Note (optional)', 'aria-label': 'Note', 'data-testid': 'review-note' });
  const newType = el('select', { 'aria-label': 'New act type', 'data-testid': 'retype-type' },
    types.filter((t) => t !== act.type).map((t) => el('option', { value: t }, t)));
  const judge = (decision) => send(out, ({ who, apiKey }) =>
    api.judge({ ...decision, act: act.id, who, note: note.value.trim() || null }, apiKey), onJudged);
  return el('section', { class: 'review', 'aria-label': 'Review this act', 'data-testid': 'act-review' },
    el('h3', {}, 'Review'),
    note,
    el('div', { class: 'row' },
      el('button', { type: 'button', 'data-testid': 'confirm', onclick: () => judge({ kind: 'confirm' }) }, 'Confirm'),
      el('button', { type: 'button', 'data-testid': 'reject', onclick: () => judge({ kind: 'reject' }) }, 'Reject')),
    el('div', { class: 'row' },
      newType,
      el('button', { type: 'button', 'data-testid': 'retype', onclick: () => judge({ kind: 'retype', type: newType.value }) }, 'Retype')),
    out,
    decisionList({ act: act.id }, out, onUndone));
}

/** A rejected act as its decision keeps it: who rejected it, the evidence it had, and Undo. */
export function rejectedAct(judgement, { names, onUndone, extra = [] }) {
  const act = judgement.act;
  const out = messageBox();
  return parts(
    el('h3', { 'data-testid': 'rejected-title' }, `Rejected: ${names(act.source)} ${act.type} ${names(act.target)}`),
    el('p', { 'data-testid': 'review-state' }, `This act was ${decisionText(judgement)}. It has left the graph; the log keeps it with its evidence.`),
    el('ul', { class: 'plain' }, act.evidence.map((e) => el('li', {}, el('blockquote', { class: 'evidence' }, e.sentence)))),
    el('p', { class: 'row' },
      el('button', { type: 'button', 'data-testid': 'undo',
        onclick: () => send(out, ({ who, apiKey }) => api.undo(judgement.id, who, apiKey), (undo) => onUndone(undo, judgement)) },
      'Undo the rejection'),
      extra),
    out,
  );
}

/** The Review block of an actor panel: its state and “Merge into…” another actor picked by search. */
export function actorReview(actor, { onJudged, onUndone }) {
  const out = messageBox();
  const input = el('input', { id: 'merge-into', autocomplete: 'off', role: 'combobox', 'aria-expanded': 'false',
    'aria-controls': 'merge-list', 'aria-autocomplete': 'list', placeholder: 'Search the surviving actor…', 'data-testid': 'merge-into' });
  const list = el('ul', { id: 'merge-list', role: 'listbox', class: 'suggestions', hidden: true });
  attachCombo(input, list, () => {});
  const merge = () => send(out, ({ who, apiKey }) => {
    if (!input.dataset.actorId) throw new ApiError(0, 'no_survivor', 'pick the actor to merge into from the suggestions');
    return api.judge({ kind: 'merge', actor: actor.id, into: input.dataset.actorId, who }, apiKey);
  }, onJudged);
  return el('section', { class: 'review', 'aria-label': 'Review this actor', 'data-testid': 'actor-review' },
    el('h3', {}, 'Review'),
    el('div', { class: 'combo' }, el('label', { for: 'merge-into' }, 'Merge into…'), input, list),
    el('p', { class: 'muted' }, `${actor.name} becomes an alias of the actor you pick; its acts and evidence move there.`),
    el('button', { type: 'button', 'data-testid': 'merge', onclick: merge }, 'Merge'),
    out,
    decisionList({ actor: actor.id }, out, onUndone));
}

/** Queue items as list entries: the act (a button that opens it), its score and reasons. */
async function queueItems(items, { names, onOpen }) {
  const ids = [...new Set(items.flatMap((item) => [item.act.source, item.act.target]))];
  const named = new Map(await Promise.all(ids.map(async (id) => [id, await names(id)])));
  return items.map(({ act, score, reasons }) => el('li', { dataset: { actId: act.id } },
    el('button', { type: 'button', class: 'linklike', onclick: () => onOpen(act) },
      `${named.get(act.source)} ${act.type} ${named.get(act.target)}${act.date ? ` (${act.date})` : ''}`),
    el('div', { class: 'why' },
      el('span', { class: 'score' }, `score ${score}:`),
      el('ul', { class: 'reasons', 'data-testid': 'reasons' }, reasons.map((r) => el('li', {}, r))))));
}

/** The review queue: unjudged acts, most doubtful first, each with why it ranks there;
 *  “Show more” asks for the next page. */
export async function queueView({ names, onOpen, limit = 20 }) {
  const page = await api.queue(limit);
  if (!page.data.length) {
    return parts(el('h3', { 'data-testid': 'queue-title' }, 'Review queue'),
      el('p', { 'data-testid': 'queue-empty' }, 'Nothing left to review.'));
  }
  const list = el('ol', { class: 'queue', 'data-testid': 'queue' }, await queueItems(page.data, { names, onOpen }));
  const more = el('button', { type: 'button', 'data-testid': 'queue-more', hidden: page.count < limit }, 'Show more');
  more.addEventListener('click', async () => {
    more.disabled = true;
    const next = await api.queue(limit, list.children.length).catch(() => ({ data: [], count: 0 }));
    list.append(...await queueItems(next.data, { names, onOpen }));
    more.hidden = next.count < limit;
    more.disabled = false;
  });
  return parts(
    el('h3', { 'data-testid': 'queue-title' }, 'Review queue'),
    el('p', { class: 'muted' }, 'Acts nobody has judged yet, most doubtful first. Open one to read its evidence and decide.'),
    list,
    more,
  );
}
