export const ADD_ITEM = 'cart/ADD_ITEM';
export const REMOVE_ITEM = 'cart/REMOVE_ITEM';
export const UPDATE_QTY = 'cart/UPDATE_QTY';
export const CLEAR_CART = 'cart/CLEAR_CART';

const initialState = { items: [], couponCode: null };

export default function cartReducer(state = initialState, action) {
  switch (action.type) {
    case ADD_ITEM: {
      const existing = state.items.find((i) => i.sku === action.payload.sku);
      if (existing) {
        return {
          ...state,
          items: state.items.map((i) =>
            i.sku === action.payload.sku ? { ...i, qty: i.qty + action.payload.qty } : i
          ),
        };
      }
      return { ...state, items: [...state.items, action.payload] };
    }
    // REMOVE_ITEM and UPDATE_QTY: same pattern as ADD_ITEM, filter/map on sku
    case CLEAR_CART:
      return initialState;
    default:
      return state;
  }
}

export const addItem = (item) => ({ type: ADD_ITEM, payload: item });
export const removeItem = (sku) => ({ type: REMOVE_ITEM, payload: { sku } });
export const updateQty = (sku, qty) => ({ type: UPDATE_QTY, payload: { sku, qty } });
export const clearCart = () => ({ type: CLEAR_CART });
