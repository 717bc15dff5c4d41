/**
 * Events emitted by the checkout flow.
 *
 * Note: payloads are serialised to JSON before they are sent to analytics,
 * so keep them free of Dates and class instances.
 */
export type CheckoutEvent =
  | { type: 'cart_viewed'; itemCount: number }
  | { type: 'coupon_applied'; code: string; discountCents: number }
  | { type: 'payment_submitted'; method: 'card' | 'paypal' }
  | { type: 'order_completed'; orderId: string; totalCents: number };

export type EventType = CheckoutEvent['type'];

export function isEvent<K extends EventType>(
  event: CheckoutEvent,
  type: K,
): event is Extract<CheckoutEvent, { type: K }> {
  return event.type === type;
}
