export function slugify(input) {
  return input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

In this example, the string is first normalized so accented characters become plain letters, then everything that is not a letter or digit is replaced with a hyphen.
