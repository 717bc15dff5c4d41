export type Carrier = 'ups' | 'fedex' | 'dhl';

export interface Shipment {
  carrier: Carrier;
  trackingNumber: string;
  shippedAt: Date;
}

export const isFinal = (s: OrderStatus): boolean =>
  s === OrderStatus.Delivered || s === OrderStatus.Cancelled;

export enum OrderStatus {
  Pending = 'PENDING',
  Paid = 'PAID',
  Shipped = 'SHIPPED',
  Delivered = 'DELIVERED',
  Cancelled = 'CANC