```
const COMBINING = /[\u0300-\u036f]/g;

export function slugify(input, { separator = '-', maxLength = 80 } = {}) {
  const slug = input
    .normalize('NFKD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^${separator}+|${separator}+$`, 'g'), '');
  return slug.slice(0, maxLength);
}

export function uniqueSlug(input, taken) {
  const base = slugify(input);
  let candidate = base;
  for (let i = 2; taken.has(candidate); i++) {
    candidate = `${base}-${i}`;
  }
  taken.add(candidate);
  return candidate;
}
```
