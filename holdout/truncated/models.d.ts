export type UUID = string & { readonly __brand: "UUID" };
export type ISODate = string;

export interface Customer {
  id: UUID;
  email: string;
  name: string;
  createdAt: ISODate;
}

export interface Subscription {
  id: UUID;
  customerId: UUID;
  plan: "starter" | "pro" | "team";
  status: "trialing" | "active" | "past_due" | "canceled";
  currentPeriodEnd: ISODate;
  cancelAtPeriodEnd: boolean;
}

export interface Invoice {
  id: UUID;
  subscriptionId: UUID;
  amountDueCents: number;
  currency: string;
