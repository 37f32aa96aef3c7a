// Small helpers to build the dashboard's elements, shared by its modules.

/** An element with attributes (`dataset`, `on…` listeners) and children; absent ones left out. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2).toLowerCase(), value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** Children for replaceChildren: nested lists flattened, absent parts (null, false) left out. */
export const parts = (...children) => children.flat(2).filter((c) => c !== null && c !== undefined && c !== false);

/** A status badge (reported, alleged, denied), or nothing. */
export function badge(status) {
  return status ? el('span', { class: `badge status-${status}` }, status) : null;
}
