// ... keep existing imports
import { configureStore } from '@reduxjs/toolkit';
import { cartSlice } from './cartSlice';
import { wishlistSlice } from './wishlistSlice';

export const store = configureStore({
  reducer: {
    cart: cartSlice.reducer,
    wishlist: wishlistSlice.reducer,
  },
  middleware: (getDefault) => getDefault({ serializableCheck: false }),
  devTools: process.env.NODE_ENV !== 'production',
});

export const selectCartCount = (state) =>
  state.cart.items.reduce((n, item) => n + item.qty, 0);

export const selectWishlistIds = (state) => state.wishlist.ids;
