/**
 * Build the list of page links shown under a table, e.g. 1 … 4 5 [6] 7 8 … 20.
 */
export function pageWindow(current, total, radius = 2) {
  const pages = [];
  for (let p = Math.max(1, current - radius); p <= Math.min(total, current + radius); p++) {
    pages.push(p);
  }
  const [first, ...rest] = pages;
  const last = rest.length > 0 ? rest[rest.length - 1] : first;

  // rest is empty when the window only contains a single page
  const items = [];
  if (first > 1) {
    items.push(1);
    if (first > 2) items.push('gap');
  }
  items.push(...pages);
  if (last < total) {
    if (last < total - 1) items.push('gap');
    items.push(total);
  }
  return items;
}

export function pageLabel(item) {
  return item === 'gap' ? '\u2026' : String(item);
}
