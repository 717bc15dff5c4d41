export const ADD_ITEM = 'cart/addItem';
export const REMOVE_ITEM = 'cart/removeItem';
export const SET_QUANTITY = 'cart/setQuantity';
export const CLEAR_CART = 'cart/clear';

const initialState = { items: [], updatedAt: null };

export default function cartReducer(state = initialState, action) {
  switch (action.type) {
    case ADD_ITEM: {
      const existing = state.items.find((i) => i.sku === action.payload.sku);
      const items = existing
        ? state.items.map((i) =>
            i.sku === action.payload.sku ? { ...i, qty: i.qty + 1 } : i
          )
        : [...state.items, { ...action.payload, qty: 1 }];
      return { ...state, items, updatedAt: Date.now() };
    }
    // REMOVE_ITEM, SET_QUANTITY and CLEAR_CART stay exactly as they were in your
    // reducer; only ADD_ITEM changed, so that it merges quantities instead of
    // pushing duplicate lines.
    default:
      return state;
  }
}

export const addItem = (product) => ({ type: ADD_ITEM, payload: product });
export const removeItem = (sku) => ({ type: REMOVE_ITEM, payload: sku });
export const setQuantity = (sku, qty) => ({ type: SET_QUANTITY, payload: { sku, qty } });
export const clearCart = () => ({ type: CLEAR_CART });
