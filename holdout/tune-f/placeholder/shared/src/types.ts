export type Currency = 'EUR' | 'USD' | 'GBP';

export interface Money {
  amount: number;
  currency: Currency;
}

export interface LineItem {
  sku: string;
  description: string;
  quantity: number;
  unitPrice: Money;
}

export interface Invoice {
  id: string;
  number: string;
  ...
  lines: LineItem[];
  total: Money;
}

export type InvoiceStatus = 'draft' | 'sent' | 'paid' | 'void';

export function isOverdue(invoice: Invoice & { dueDate: string; status: InvoiceStatus }, now = new Date()): boolean {
  return invoice.status === 'sent' && new Date(invoice.dueDate) < now;
}
