import { create } from "zustand";
import { persist } from "zustand/middleware";

export interface CartItem {
  id: string;
  name: string;
  priceCents: number;
  quantity: number;
}

interface CartState {
  items: CartItem[];
  add: (item: Omit<CartItem, "quantity">) => void;
  remove: (id: string) => void;
  clear: () => void;
}

export const useCart = create<CartState>()(
  persist(
    (set) => ({
      items: [],
<<<<<<< Updated upstream
      add: (item) =>
        set((s) => ({ items: [...s.items, { ...item, quantity: 1 }] })),
=======
      add: (item) =>
        set((s) => {
          const existing = s.items.find((i) => i.id === item.id);
          return existing
            ? { items: s.items.map((i) => (i.id === item.id ? { ...i, quantity: i.quantity + 1 } : i)) }
            : { items: [...s.items, { ...item, quantity: 1 }] };
        }),
>>>>>>> Stashed changes
      remove: (id) => set((s) => ({ items: s.items.filter((i) => i.id !== id) })),
      clear: () => set({ items: [] }),
    }),
    { name: "cart" },
  ),
);
