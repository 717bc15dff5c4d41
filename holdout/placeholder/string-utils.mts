const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function slugify(input: string, maxLength = 80): string {
  return input
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength);
}

export function truncate(text: string, max: number, ellipsis = "…"): string {
  /* ... */
}

export function titleCase(text: string): string {
  /* same as before */
}

export function pluralize(word: string, count: number, plural = `${word}s`): string {
  return count === 1 ? word : plural;
}
