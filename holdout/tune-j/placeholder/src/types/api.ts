export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'cancelled' | 'refunded';

export interface Money {
  amount: number;
  currency: string;
}

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  postcode: string;
  country: string;
}

export interface Order {
  id: string;
  status: OrderStatus;
  createdAt: string;
  ... // customer, items, totals
}

export type OrderSummary = Pick<Order, 'id' | 'status' | 'total' | 'customer'>;

export interface Paginated<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type OrdersResponse = Paginated<OrderSummary>;
