import type { Money } from '../shared/money';

export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'cancelled';

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPrice: Money;
}

export interface OrderResponse {
  id: string;
  status: OrderStatus;
  lines: OrderLine[];
  total: Money;
  // remaining DTO fields unchanged
}

export function toOrderResponse(row: Record<string, unknown>): OrderResponse {
  return {
    id: String(row.id),
    status: row.status as OrderStatus,
    lines: (row.lines as OrderLine[]) ?? [],
    total: row.total as Money,
  };
}
