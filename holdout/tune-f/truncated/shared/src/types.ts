export type Carrier = 'dhl' | 'ups' | 'dpd' | 'gls';

export interface Address {
  name: string;
  street: string;
  city: string;
  postcode: string;
  country: string;
}

export interface Shipment {
  id: string;
  carrier: Carrier;
  trackingNumber: string;
  to: Address;
