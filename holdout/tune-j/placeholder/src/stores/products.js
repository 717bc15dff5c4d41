import { defineStore } from 'pinia';
import { http } from '@/lib/http';

export const useProductStore = defineStore('products', {
  state: () => ({
    items: [],
    cart: [],
    loading: false,
    error: null,
    lastFetchedAt: null,
  }),

  getters: {
    cartCount: (state) => state.cart.reduce((n, line) => n + line.qty, 0),
    byCategory: (state) => (category) =>
      state.items.filter((p) => p.category === category),
    isStale: (state) =>
      !state.lastFetchedAt || Date.now() - state.lastFetchedAt > 5 * 60 * 1000,
  },

  actions: {
    // fetchProducts(), addToCart(), removeFromCart() — same bodies as in the
    // Options-API version of this store, just with `this` instead of `state`
  },
});

export async function ensureFreshProducts() {
  const store = useProductStore();
  if (store.isStale) {
    await store.fetchProducts();
  }
  return store.items;
}
