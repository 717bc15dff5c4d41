import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface CartItem {
  sku: string;
  qty: number;
}

interface CartState {
  items: CartItem[];
  add: (sku: string) => void;
  remove: (sku: string) => void;
  clear: () => void;
}

export const useCart = create<CartState>()(
  persist(
    (set) => ({
      items: [],
      add: (sku) =>
        set((s) => {
          const hit = s.items.find((i) => i.sku === sku);
          return hit
            ? { items: s.items.map((i) => (i.sku === sku ? { ...i, qty: i.qty + 1 } : i)) }
            : { items: [...s.items, { sku, qty: 1 }] };
        }),
      remove: (sku) => set((s) => ({ items: s.items.filter((i) => i.sku !== sku) })),
      clear: () => set({ items: [] }),
    }),
    { name: 'cart' },
  ),
);

What changed:
- The store is wrapped in `persist`, so the cart survives reloads.
- `add` increments the quantity instead of adding duplicates.
