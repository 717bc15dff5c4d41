import { createSlice, createSelector } from '@reduxjs/toolkit';

const initialState = {
  items: [],
  couponCode: null,
};

const cartSlice = createSlice({
  name: 'cart',
  initialState,
  reducers: {
    addItem(state, action) {
      const { id, price } = action.payload;
      const existing = state.items.find((item) => item.id === id);
      if (existing) {
        existing.quantity += 1;
      } else {
        state.items.push({ id, price, quantity: 1 });
      }
    },
    // removeItem, setQuantity and clearCart follow the same shape as addItem;
    // I left them out to keep this short.
  },
});

export const selectCartTotal = createSelector(
  (state) => state.cart.items,
  (items) => items.reduce((sum, item) => sum + item.price * item.quantity, 0),
);

export const { addItem, removeItem, setQuantity, clearCart } = cartSlice.actions;
export default cartSlice.reducer;
