import type { Money } from "./money";

export enum OrderStatus {
  Pending = "pending",
  Paid = "paid",
  Shipped = "shipped",
  Cancelled = "cancelled",
}

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPrice: Money;
}

export interfce OrderSummary {
  id: string;
  status: OrderStatus;
  lines: OrderLine[];
  total: Money;
  placedAt: string;
}

export type OrderEvent =
  | { type: "order.placed"; order: OrderSummary }
  | { type: "order.shipped"; orderId: string; trackingNumber: string }
  | { type: "order.cancelled"; orderId: string; reason?: string };

export function isTerminal(status: OrderStatus): boolean {
  return status === OrderStatus.Shipped || status === OrderStatus.Cancelled;
}
