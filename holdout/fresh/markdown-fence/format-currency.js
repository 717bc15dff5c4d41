```
function formatCurrency(amount, currency = 'USD', locale = 'en-US') {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  }).format(amount);
}

function parseCurrency(text) {
  const cleaned = text.replace(/[^0-9.-]/g, '');
  const value = Number.parseFloat(cleaned);
  return Number.isNaN(value) ? null : value;
}

module.exports = { formatCurrency, parseCurrency };
```
