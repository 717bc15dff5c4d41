import {
  CART_ITEM_ADDED,
  CART_ITEM_REMOVED,
  CART_QUANTITY_CHANGED,
  CART_CLEARED,
  CART_COUPON_APPLIED,
} from './actionTypes';

export const addItem = (product, quantity = 1) => ({
  type: CART_ITEM_ADDED,
  payload: { productId: product.id, price: product.price, quantity },
});

export const removeItem = (productId) => ({
  type: CART_ITEM_REMOVED,
  payload: { productId },
});

// (the other action creators are the same)

export const applyCoupon = (code) => async (dispatch, getState, { api }) => {
  const { cart } = getState();
  const discount = await api.coupons.validate(code, cart.items);
  dispatch({ type: CART_COUPON_APPLIED, payload: { code, discount } });
};
