import type { CartState, CartAction } from './cart.types';

export const initialCartState: CartState = {
  items: [],
  couponCode: null,
  updatedAt: 0,
};

export function cartReducer(state: CartState, action: CartAction): CartState {
  switch (action.type) {
    case 'cart/add': {
      const existing = state.items.find((i) => i.sku === action.item.sku);
      const items = existing
        ? state.items.map((i) =>
            i.sku === action.item.sku ? { ...i, qty: i.qty + action.item.qty } : i,
          )
        : [...state.items, action.item];
      return { ...state, items, updatedAt: Date.now() };
    }
    case 'cart/applyCoupon':
      return { ...state, couponCode: action.code.trim().toUpperCase(), updatedAt: Date.now() };

    // ... remaining cases unchanged

    default:
      return state;
  }
}
