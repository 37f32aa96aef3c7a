// A small timeline of one actor's acts: one dot per dated act, coloured by type, placed by
// date (month- and year-precision acts sit at the start of their period); undated acts are counted.
import { typeColour } from './graph.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 110;
const PAD = 24;

function svgEl(name, attrs) {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  return el;
}

const toTime = (date) => Date.parse(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

export function drawTimeline(container, acts, onPick) {
  const dated = acts.filter((act) => act.date).sort((a, b) => a.date.localeCompare(b.date));
  const undated = acts.length - dated.length;
  container.replaceChildren();
  const WIDTH = Math.max(container.clientWidth, 300);
  if (!acts.length) {
    container.innerHTML = '<p class="muted">No acts match the filters.</p>';
    return;
  }
  const svg = svgEl('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': `${dated.length} dated acts` });
  svg.dataset.testid = 'timeline-svg';
  if (dated.length) {
    const first = toTime(dated[0].date);
    const last = toTime(dated[dated.length - 1].date);
    const span = last - first;
    // One date only: its acts stand in the middle.
    const x = (date) => (span ? PAD + ((toTime(date) - first) / span) * (WIDTH - 2 * PAD) : WIDTH / 2);
    svg.append(svgEl('line', { x1: PAD, x2: WIDTH - PAD, y1: HEIGHT - 28, y2: HEIGHT - 28, stroke: '#9aa3b2' }));
    for (const [label, anchor, at] of [[dated[0].date, 'start', PAD], [dated[dated.length - 1].date, 'end', WIDTH - PAD]]) {
      const text = svgEl('text', { x: at, y: HEIGHT - 8, 'font-size': 12, 'text-anchor': anchor, fill: '#5f6878' });
      text.textContent = label;
      svg.append(text);
    }
    const stacks = new Map();
    for (const act of dated) {
      const cx = Math.round(x(act.date));
      const level = stacks.get(cx) || 0;
      stacks.set(cx, level + 1);
      const dot = svgEl('circle', {
        cx, cy: HEIGHT - 38 - level * 12, r: 5, fill: typeColour(act.type), tabindex: 0, role: 'button',
        'aria-label': `${act.date} ${act.type}: ${act.summary || ''}`,
      });
      dot.dataset.actId = act.id;
      const title = svgEl('title', {});
      title.textContent = `${act.date} · ${act.type}${act.summary ? ` · ${act.summary}` : ''}`;
      dot.append(title);
      dot.addEventListener('click', () => onPick(act.id));
      dot.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); onPick(act.id); } });
      svg.append(dot);
    }
  }
  const note = svgEl('text', { x: WIDTH / 2, y: HEIGHT - 8, 'font-size': 12, 'text-anchor': 'middle', fill: '#5f6878' });
  note.textContent = `${dated.length} dated act${dated.length === 1 ? '' : 's'}${undated ? `, ${undated} undated` : ''}`;
  svg.append(note);
  container.append(svg);
}
