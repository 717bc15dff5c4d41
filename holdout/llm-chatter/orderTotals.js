I've updated the `calculateTotals` function so that discounts are applied before tax, which
matches how your invoices are calculated. Here's the full file:

'use strict';

const TAX_RATE = 0.2;

function calculateTotals(items, { discountPercent = 0, shippingCents = 0 } = {}) {
  const subtotal = items.reduce((sum, { priceCents, qty }) => sum + priceCents * qty, 0);
  const discount = Math.round(subtotal * (discountPercent / 100));
  const taxable = subtotal - discount;
  const tax = Math.round(taxable * TAX_RATE);
  return {
    subtotal,
    discount,
    tax,
    shipping: shippingCents,
    total: taxable + tax + shippingCents,
  };
}

function formatCents(cents, currency = 'EUR') {
  return new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(cents / 100);
}

module.exports = { calculateTotals, formatCents };
