// A search box with suggestions (ARIA combobox): type to search actors, arrows to move,
// Enter to pick, Escape to close. `onPick(actor)` receives the chosen actor.
import { api } from './api.js';

export function attachCombo(input, list, onPick, { delay = 150, pickOnEnter = false, onMiss = () => {} } = {}) {
  let hits = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (actor) => {
    input.value = actor.name;
    input.dataset.actorId = actor.id;
    close();
    onPick(actor);
  };
  const render = () => {
    list.replaceChildren(...hits.map((actor, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.dataset.actorId = actor.id;
      const name = document.createElement('span');
      name.textContent = actor.name;
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = actor.country ? `${actor.kind} · ${actor.country}` : actor.kind;
      li.append(name, kind);
      li.addEventListener('mousedown', (event) => { event.preventDefault(); pick(actor); });
      return li;
    }));
    // Answers that arrive after the user moved on are kept but not shown.
    const show = hits.length > 0 && document.activeElement === input;
    list.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    highlight(hits.length ? 0 : -1);
  };
  const lookup = async () => {
    const q = input.value.trim();
    const ticket = ++asked;
    if (!q) { hits = []; render(); return; }
    try {
      const page = await api.search(q);
      if (ticket === asked) { hits = page.data; render(); }
    } catch {
      if (ticket === asked) { hits = []; render(); }
    }
  };

  input.addEventListener('input', () => {
    delete input.dataset.actorId;
    clearTimeout(timer);
    timer = setTimeout(lookup, delay);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) { event.preventDefault(); list.hidden = false; highlight((active + 1) % hits.length); }
    else if (event.key === 'ArrowUp' && hits.length) { event.preventDefault(); highlight((active - 1 + hits.length) % hits.length); }
    else if (event.key === 'Enter' && !list.hidden && active >= 0) { event.preventDefault(); pick(hits[active]); }
    else if (event.key === 'Enter' && pickOnEnter && input.value.trim()) {
      // Enter before the suggestions arrived: take the best match, or say there is none.
      event.preventDefault();
      clearTimeout(timer);
      api.bestMatch(input.value.trim())
        .then((actor) => (actor ? pick(actor) : onMiss(input.value.trim())))
        .catch(() => onMiss(input.value.trim()));
    }
    else if (event.key === 'Escape') { close(); }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
