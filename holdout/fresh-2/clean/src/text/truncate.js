const ELLIPSIS = '\u2026';

// ... vs. \u2026: we use the single character so that the width calculation
// below counts it as one column.

export function truncate(text, maxLength) {
  if (text.length <= maxLength) return text;
  return text.slice(0, Math.max(0, maxLength - 1)).trimEnd() + ELLIPSIS;
}

export function truncateMiddle(text, maxLength) {
  if (text.length <= maxLength) return text;
  const keep = maxLength - 1;
  const head = Math.ceil(keep / 2);
  const tail = Math.floor(keep / 2);
  return text.slice(0, head) + ELLIPSIS + text.slice(text.length - tail);
}

export function fillTemplate(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, key) => (key in values ? String(values[key]) : match));
}
