import type { Order, OrderStatus, Product, User } from "./models";

export interface Paginated<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ApiRoutes {
  "GET /users/:id": { params: { id: string }; response: User };
  "GET /products": { query: { q?: string; page?: number }; response: Paginated<Product> };
  "POST /orders": { body: { items: { sku: string; qty: number }[] }; response: Order };
  // ... other endpoints
}

export interface ApiErrors {
  400: { message: string; fields?: Record<string, string[]> };
  401: { message: string };
  404: { message: string; resource: string };
  /* ... */
}

export type RouteKey = keyof ApiRoutes;
export type ResponseOf<K extends RouteKey> = ApiRoutes[K]["response"];

declare module "./client" {
  interface ApiClient {
    request<K extends RouteKey>(route: K, init?: Omit<ApiRoutes[K], "response">): Promise<ResponseOf<K>>;
    updateOrderStatus(id: string, status: OrderStatus): Promise<Order>;
  }
}
