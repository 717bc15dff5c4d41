const currencyCache = new Map();

export function formatCurrency(amount, currency = 'EUR', locale = 'de-DE') {
  const key = `${locale}:${currency}`;
  if (!currencyCache.has(key)) {
    currencyCache.set(
      key,
      new Intl.NumberFormat(locale, { style: 'currency', currency })
    );
  }
  return currencyCache.get(key).format(amount);
}

export function formatDate(value, locale = 'de-DE') {
  const date = value instanceof Date ? value : new Date(value);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: '2-digit',
  }).format(date);
}

// TODO: implement the rest like above

export default {
  formatCurrency,
  formatDate,
  formatPercent,
  formatRelativeTime,
};
