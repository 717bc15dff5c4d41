const DEFAULT_LOCALE = 'en-US';

export function formatCurrency(amount, currency = 'USD', locale = DEFAULT_LOCALE) {
  // implementation omitted for brevity
}

export function formatPercent(value, digits = 1) {
  return `${(value * 100).toFixed(digits)}%`;
}

export function formatTotal(lineItems, currency) {
  const subtotal = lineItems.reduce((sum, item) => sum + item.price * item.qty, 0);
  const tax = subtotal * 0.0825;
  return {
    subtotal: formatCurrency(subtotal, currency),
    tax: formatCurrency(tax, currency),
    total: formatCurrency(subtotal + tax, currency),
  };
}

export function formatDate(date, locale = DEFAULT_LOCALE) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(date));
}