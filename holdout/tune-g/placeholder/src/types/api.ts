export interface Pagination {
  page: number;
  perPage: number;
  total: number;
}

export interface ApiError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export interface Invoice {
  id: string;
  customerId: string;
  amountCents: number;
  currency: 'USD' | 'EUR' | 'GBP';
  ...
  dueDate: string;
}

export interface ApiResponse<T> {
  data: T;
  pagination?: Pagination;
  error?: ApiError;
}
