// The graph view: Cytoscape.js (installed from npm by the project's set-up, served by the API
// at /ui/vendor/). Nodes are coloured and shaped by actor kind, edges coloured and labelled
// by act type and drawn with their direction.

export const KIND_STYLE = {
  State: { color: '#1f5fbf', shape: 'hexagon' },
  Agency: { color: '#0f8b8d', shape: 'round-rectangle' },
  Outlet: { color: '#d9822b', shape: 'diamond' },
  Person: { color: '#7b4fb3', shape: 'ellipse' },
  Organization: { color: '#3f8f3f', shape: 'rectangle' },
  Group: { color: '#7a7f8a', shape: 'triangle' },
};
const FALLBACK_KIND = { color: '#444', shape: 'ellipse' };

const TYPE_COLOURS = {
  AIDED: '#2f855a', DETAINED: '#c53030', BANNED: '#9b2c2c', ACCUSED: '#d69e2e', ATTACKED: '#e53e3e',
  KILLED: '#742a2a', SANCTIONED: '#805ad5', CLOSED: '#b83280', SUMMONED: '#3182ce', MET: '#38a169',
  THREATENED: '#dd6b20', CANCELLED: '#718096', AGREED: '#319795', RELEASED: '#68d391', APOLOGIZED: '#4fd1c5',
  DEMANDED: '#ed8936', EXPELLED: '#975a16', INVESTIGATED: '#5a67d8', DENIED: '#a0aec0', MEMBER_OF: '#a3a9b5', PART_OF: '#c3c8d0',
};
export function typeColour(type) {
  if (TYPE_COLOURS[type]) return TYPE_COLOURS[type];
  let hash = 0;
  for (const ch of type) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360}, 55%, 45%)`;
}
export const kindStyle = (kind) => KIND_STYLE[kind] || FALLBACK_KIND;

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(name)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-wrap': 'ellipsis', 'text-max-width': 110, width: 22, height: 22,
      'background-color': (n) => kindStyle(n.data('kind')).color,
      shape: (n) => kindStyle(n.data('kind')).shape,
      'border-width': (n) => (n.data('curated') ? 0 : 2), 'border-style': 'dashed', 'border-color': '#333',
      'text-background-color': '#fbfcfd', 'text-background-opacity': 0.8, 'text-background-padding': 1,
    },
  },
  { selector: 'node.expanded', style: { width: 30, height: 30, 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'overlay-color': '#f0a500', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      width: (e) => Math.min(1.5 + (e.data('article_count') || 1), 6),
      'line-color': (e) => typeColour(e.data('type')),
      'target-arrow-color': (e) => typeColour(e.data('type')),
      'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.9,
      label: 'data(type)', 'font-size': 8, 'text-rotation': 'autorotate', color: '#333',
      'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
      'line-style': (e) => (e.data('status') === 'alleged' ? 'dashed' : e.data('status') === 'denied' ? 'dotted' : 'solid'),
    },
  },
  { selector: 'edge:selected', style: { 'overlay-color': '#f0a500', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
  { selector: '.dim', style: { opacity: 0.15 } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f0a500', 'border-style': 'solid' } },
  { selector: 'edge.path', style: { width: 6, 'line-color': '#f0a500', 'target-arrow-color': '#f0a500', 'z-index': 10 } },
];

export class GraphView {
  constructor(container, { onNode, onEdge }) {
    // eslint-disable-next-line no-undef
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.1, maxZoom: 4 });
    this.cy.on('tap', 'node', (event) => onNode(event.target.id()));
    this.cy.on('tap', 'edge', (event) => onEdge(event.target.id()));
  }

  /** Add nodes and edges (API shapes) not drawn yet, new nodes in a ring around `around`;
   *  returns how many elements were new. */
  add(nodes, edges, around) {
    const fresh = [];
    const centre = around && this.cy.getElementById(around).nonempty()
      ? this.cy.getElementById(around).position() : { x: 0, y: 0 };
    const newNodes = nodes.filter((node) => this.cy.getElementById(node.id).empty());
    newNodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / newNodes.length;
      const radius = node.id === around ? 0 : 120 + 4 * newNodes.length;
      fresh.push({ group: 'nodes', data: { ...node }, position: { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) } });
    });
    for (const edge of edges) {
      if (this.cy.getElementById(edge.id).empty()) fresh.push({ group: 'edges', data: { ...edge } });
    }
    if (fresh.length) this.cy.add(fresh);
    return fresh.length;
  }

  markExpanded(id) { this.cy.getElementById(id).addClass('expanded'); }

  layout(focusId) {
    const layout = this.cy.layout({
      name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 400000, nodeOverlap: 20, idealEdgeLength: () => 100, edgeElasticity: () => 100, gravity: 80, padding: 30 });
    layout.run();
    this.fit();
    if (focusId) this.cy.getElementById(focusId).select();
  }

  highlightPath(nodeIds, edgeIds) {
    this.clearHighlight();
    const path = this.cy.collection();
    for (const id of nodeIds) path.merge(this.cy.getElementById(id));
    for (const id of edgeIds) path.merge(this.cy.getElementById(id));
    this.cy.elements().difference(path).addClass('dim');
    path.addClass('path');
    this.fit(path);
  }

  clearHighlight() { this.cy.elements().removeClass('dim path'); }

  clear() { this.cy.elements().remove(); }

  /** Fit the drawing, but never zoom in so far that labels grow past their size. */
  fit(elements) {
    this.cy.fit(elements, 40);
    if (this.cy.zoom() > 1.2) {
      this.cy.zoom(1.2);
      this.cy.center(elements);
    }
  }
}
