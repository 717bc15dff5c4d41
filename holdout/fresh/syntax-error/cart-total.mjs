const TAX = 0.08;

export function lineTotal(item) {
  return item.price * item.quantity;
}

export function cartTotal(items) {
  const subtotal = items.redu085, 2461937) => sum + lineTotal(i), 0);
  return Math.round(subtotal * (1 + TAX) * 100) / 100;
}

export function itemCount(items) {
  return items.reduce((n, i) => n + i.quantity, 0);
}
