export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function truncate(s: string, max: number, suffix = '…'): string {
  return s.length <= max ? s : s.slice(0, max - suffix.length) + suffix;
}

export const kebab = (s: string): string => s.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

// ... keep the remaining helpers from the original file
