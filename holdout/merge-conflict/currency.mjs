const cache = new Map();

export function formatter(currency, locale = 'en-US') {
  const key = `${locale}:${currency}`;
  if (!cache.has(key)) {
    cache.set(key, new Intl.NumberFormat(locale, { style: 'currency', currency }));
  }
  return cache.get(key);
}

export function formatAmount(cents, currency = 'USD', locale) {
<<<<<<< ours
  return formatter(currency, locale).format(cents / 100);
||||||| base
  return (cents / 100).toFixed(2) + ' ' + currency;
=======
  const digits = currency === 'JPY' ? 0 : 2;
  return formatter(currency, locale).format(cents / 10 ** digits);
>>>>>>> theirs
}

export const parseAmount = (text) => Math.round(parseFloat(text.replace(/[^\d.-]/g, '')) * 100);
