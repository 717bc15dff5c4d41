export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'delivered' | 'cancelled';

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface OrderItem {
  sku: string;
  quantity: number;
  unitPrice: number;
}

export interface Order {
  id: string;
  customerId: string;
  status: OrderStatus;
  createdAt: string;
  // …plus the remaining fields from the OpenAPI schema (items, totals, addresses)
}

export function isShippable(order: Order): boolean {
  return order.status === 'paid' && order.shippingAddress.country !== '';
}

export function orderTotal(order: Order): number {
  return order.items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0) + order.shippingCents;
}

export function formatAddress(a: Address): string {
  return [a.line1, a.line2, `${a.postalCode} ${a.city}`, a.country].filter(Boolean).join('\n');
}
