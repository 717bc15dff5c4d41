'use strict';

const initialState = { items: [], coupon: null, updatedAt: null };

function cartReducer(state = initialState, action) {
  switch (action.type) {
    case 'cart/add': {
      const existing = state.items.find((i) => i.sku === action.item.sku);
      const items = existing
        ? state.items.map((i) => (i.sku === action.item.sku ? { ...i, qty: i.qty + 1 } : i))
        : [...state.items, { ...action.item, qty: 1 }];
      return { ...state, items, updatedAt: Date.now() };
    }

    // ... existing code ...

    case 'cart/applyCoupon':
      return { ...state, coupon: action.code.trim().toUpperCase(), updatedAt: Date.now() };

    case 'cart/clear':
      return { ...initialState, updatedAt: Date.now() };

    default:
      return state;
  }
}

module.exports = { cartReducer, initialState };
