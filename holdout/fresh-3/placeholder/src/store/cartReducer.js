export const initialState = {
  items: [],
  couponCode: null,
  status: 'idle',
};

export const ADD_ITEM = 'cart/addItem';
export const REMOVE_ITEM = 'cart/removeItem';
export const UPDATE_QUANTITY = 'cart/updateQuantity';
export const APPLY_COUPON = 'cart/applyCoupon';
export const CLEAR_CART = 'cart/clear';

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

    ...

    case CLEAR_CART:
      return initialState;

    default:
      return state;
  }
}

export const selectCartTotal = (state) =>
  state.cart.items.reduce((sum, i) => sum + i.price * i.qty, 0);
