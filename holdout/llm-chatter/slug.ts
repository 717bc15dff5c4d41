Here is the updated file:

export function slugify(input: string): string {
  return input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  let slug = slugify(base);
  let n = 2;
  while (taken.has(slug)) {
    slug = `${slugify(base)}-${n++}`;
  }
  return slug;
}
