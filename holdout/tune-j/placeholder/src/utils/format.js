const currencyFormatters = new Map();

function getCurrencyFormatter(currency, locale) {
  const key = `${locale}:${currency}`;
  if (!currencyFormatters.has(key)) {
    currencyFormatters.set(
      key,
      new Intl.NumberFormat(locale, { style: 'currency', currency }),
    );
  }
  return currencyFormatters.get(key);
}

export function formatCurrency(amountInCents, currency = 'EUR', locale = 'de-DE') {
  return getCurrencyFormatter(currency, locale).format(amountInCents / 100);
}

/* formatDate and formatBytes are untouched: they still take (value, locale)
   and you can keep the implementations you already have. */

export const formatters = {
  currency: formatCurrency,
  date: formatDate,
  bytes: formatBytes,
};
