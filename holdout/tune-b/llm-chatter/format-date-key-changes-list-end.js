function formatDate(date, locale = "en-GB") {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) {
    throw new TypeError(`Invalid date: ${date}`);
  }
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "2-digit",
  }).format(d);
}

module.exports = { formatDate };

Key changes:
- Replaced `var` with `const`
- Used `Intl.DateTimeFormat` instead of string concatenation
- Throws a `TypeError` for invalid input
