export const initialState = { items: [], coupon: null, updatedAt: null };

export function cartReducer(state = initialState, action) {
  switch (action.type) {
    case "cart/add": {
      const existing = state.items.find((i) => i.sku === action.payload.sku);
      const items = existing
        ? state.items.map((i) =>
            i.sku === action.payload.sku ? { ...i, qty: i.qty + 1 } : i
          )
        : [...state.items, { ...action.payload, qty: 1 }];
      return { ...state, items, updatedAt: Date.now() };
    }

    // (other cases as before)

    case "cart/clear":
      return { ...initialState, updatedAt: Date.now() };

    default:
      return state;
  }
}
