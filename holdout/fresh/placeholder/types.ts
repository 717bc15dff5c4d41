export interface Address {
  street: string;
  city: string;
  zip: string;
}

export interface Customer {
  id: string;
  name: string;
  email: string;
  // … other fields
  address: Address;
}

export type CustomerSummary = Pick<Customer, 'id' | 'name'>;
