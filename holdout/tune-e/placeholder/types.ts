export type OrderStatus = "pending" | "paid" | "shipped" | "cancelled";

export interface Money {
  amount: number;
  currency: "EUR" | "USD" | "GBP";
}

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPrice: Money;
}

export interface Order {
  id: string;
  customerId: string;
  status: OrderStatus;
  lines: OrderLine[];
  // ...other fields
  createdAt: string;
}
