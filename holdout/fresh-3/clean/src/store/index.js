import { configureStore } from '@reduxjs/toolkit';
import { authReducer } from '../features/auth/authSlice';
import { cartReducer } from '../features/cart/cartSlice';
import { api } from './api';
import { listenerMiddleware } from './listeners';

// Other slices are registered lazily via injectReducer(); see ./inject.js.
const staticReducers = {
  auth: authReducer,
  cart: cartReducer,
  [api.reducerPath]: api.reducer,
};

export function makeStore(preloadedState) {
  return configureStore({
    reducer: staticReducers,
    preloadedState,
    middleware: (getDefault) => [
      ...getDefault({ serializableCheck: { ignoredActions: ['persist/REHYDRATE'] } }),
      listenerMiddleware.middleware,
      api.middleware,
    ],
    devTools: import.meta.env.DEV,
  });
}

export const store = makeStore();
export { staticReducers };
