const TAX_RATES = { US: 0.07, DE: 0.19, GB: 0.2 };

function subtotal(lines) {
  return lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
}

function applyDiscount(amount, coupon) {
  /* ... */
}

function total(lines, country, coupon) {
  const net = applyDiscount(subtotal(lines), coupon);
  return Math.round(net * (1 + (TAX_RATES[country] ?? 0)) * 100) / 100;
}

module.exports = { subtotal, applyDiscount, total };
