declare const brand: unique symbol;

export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type OrderId = Brand<string, 'OrderId'>;
export type CustomerId = Brand<string, 'CustomerId'>;

export interface Order {
  id: OrderId;
  customerId: CustomerId;
  total: number;
}

export type UserId = stri