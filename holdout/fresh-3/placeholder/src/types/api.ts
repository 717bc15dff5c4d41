export type ID = string;
export type ISODate = string;

export interface Paginated<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ApiError {
  code: 'VALIDATION' | 'NOT_FOUND' | 'UNAUTHORIZED' | 'CONFLICT' | 'INTERNAL';
  message: string;
  details?: Record<string, string[]>;
}

export interface Customer {
  id: ID;
  email: string;
  name: string;
  createdAt: ISODate;
}

export interface Invoice {
  id: ID;
  number: string;
  customerId: ID;
  status: InvoiceStatus;
  lineItems: LineItem[];
  ...
}

export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'void';

export interface LineItem {
  description: string;
  quantity: number;
  unitPriceCents: number;
}

export type ListInvoicesResponse = Paginated<Invoice>;
export type GetInvoiceResponse = Invoice & { customer: Customer };
