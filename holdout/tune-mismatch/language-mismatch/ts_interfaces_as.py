// Shared types between the web client and the API
export interface Address {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: "US" | "CA" | "GB" | "DE" | "FR";
}

export interface Customer {
  readonly id: string;
  name: string;
  email: string;
  billingAddress: Address;
  shippingAddress?: Address;
  tags: string[];
}

export type CustomerPatch = Partial<Omit<Customer, "id">>;

export interface ListCustomersParams {
  search?: string;
  tag?: string;
  cursor?: string;
  limit?: number;
}

export declare function listCustomers(params: ListCustomersParams): Promise<{
  customers: Customer[];
  nextCursor: string | null;
}>;
