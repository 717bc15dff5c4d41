export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'delivered' | 'refunded';

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface Order {
  id: string;
  customerId: string;
  status: OrderStatus;
  // ...remaining fields from the OpenAPI spec
}

export function shippingLabel(order: Order): string {
  const a = order.shippingAddress;
  return [a.line1, a.line2, `${a.postalCode} ${a.city}`, a.country]
    .filter(Boolean)
    .join('\n');
}

export function orderTotal(order: Order): number {
  return order.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
}
