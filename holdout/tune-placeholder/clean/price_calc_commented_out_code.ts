export interface LineItem {
  unitPriceCents: number;
  quantity: number;
  taxRate: number;
}

export function lineTotal(item: LineItem): number {
  // Old implementation rounded per unit, which drifted on large quantities:
  // const unit = Math.round(item.unitPriceCents * (1 + item.taxRate));
  // return unit * item.quantity;
  const gross = item.unitPriceCents * item.quantity * (1 + item.taxRate);
  return Math.round(gross);
}

export function orderTotal(items: LineItem[]): number {
  return items.reduce((sum, item) => sum + lineTotal(item), 0);
}

// console.debug('orderTotal', items);
