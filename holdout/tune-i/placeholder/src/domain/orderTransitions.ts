import type { OrderStatus } from '../types/order';

interface Transition {
  from: OrderStatus;
  to: OrderStatus;
  requiresRole?: 'admin' | 'support';
}

export const ORDER_TRANSITIONS: Transition[] = [
  { from: 'pending', to: 'paid' },
  { from: 'paid', to: 'shipped' },
  // …the other allowed transitions (shipped→delivered, paid→refunded, etc.)
];

export function canTransition(from: OrderStatus, to: OrderStatus, role?: string): boolean {
  const rule = ORDER_TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!rule) return false;
  return !rule.requiresRole || rule.requiresRole === role;
}

export function refund(order: { status: OrderStatus }, role: string): void {
  if (!canTransition(order.status, 'refunded', role)) {
    throw new Error(`Cannot refund an order in status ${order.status}`);
  }
  order.status = 'refunded';
}
