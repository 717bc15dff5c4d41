```typescript
export interface Product {
  id: string;
  title: string;
  priceCents: number;
  tags: string[];
}

export interface CartLine {
  product: Product;
  quantity: number;
}

export type Cart = {
  lines: CartLine[];
  couponCode?: string;
};
```
