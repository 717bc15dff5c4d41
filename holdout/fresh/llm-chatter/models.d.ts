Here are the type definitions for your API models:

export interface Invoice {
  id: string;
  customerId: string;
  amountCents: number;
  currency: 'USD' | 'EUR' | 'GBP';
  status: 'draft' | 'open' | 'paid' | 'void';
  issuedAt: string;
}

export interface InvoiceLine {
  invoiceId: string;
  description: string;
  quantity: number;
  unitCents: number;
}
