export enum OrderStatus {
  Pending = 'pending',
  Paid = 'paid',
  Shipped = 'shipped',
  Cancelled = 'cancelled',
}

export type Transition = readonly [from: OrderStatus, to: OrderStatus];

const ALLOWED = [
  [OrderStatus.Pending, OrderStatus.Paid],
  [OrderStatus.Pending, OrderStatus.Cancelled],
  [OrderStatus.Paid, OrderStatus.Shipped],
  [OrderStatus.Paid, OrderStatus.Cancelled],
] as const satisfies readonly Transition[];

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ALLOWED.some(([f, t]) => f === from && t === to);
}

export function assertTransition(from: OrderStatus, to: OrderStatus): asserts to is OrderStatus {
  if (!canTransition(from, to)) {
    throw new Error(`Illegal order transition ${from} -> ${to}`);
  }
}

export const label = (s: OrderStatus): string => s[0]!.toUpperCase() + s.slice(1);
