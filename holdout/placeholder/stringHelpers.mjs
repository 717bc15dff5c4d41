export function capitalize(s) {
  return s.length ? s[0].toUpperCase() + s.slice(1) : s;
}

export function truncate(s, max = 80, suffix = '…') {
  if (s.length <= max) return s;
  return s.slice(0, Math.max(0, max - suffix.length)).trimEnd() + suffix;
}

export function camelToKebab(s) {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export function kebabToCamel(s) {
  return s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

// ... (other helper functions remain unchanged)
