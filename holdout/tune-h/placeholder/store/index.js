import { configureStore, combineReducers } from '@reduxjs/toolkit';
import { persistStore, persistReducer, FLUSH, REHYDRATE, PAUSE, PERSIST, PURGE, REGISTER } from 'redux-persist';
import storage from 'redux-persist/lib/storage';
import cart from '../reducers/cartReducer';
import auth from '../features/auth/authSlice';
import ui from '../features/ui/uiSlice';

const rootReducer = combineReducers({ cart, auth, ui });

const persistConfig = {
  key: 'root',
  version: 2,
  storage,
  whitelist: ['cart', 'auth'],
};

export function makeStore(preloadedState) {
  const store = configureStore({
    reducer: persistReducer(persistConfig, rootReducer),
    preloadedState,
    middleware: (getDefault) =>
      getDefault({
        serializableCheck: {
          ignoredActions: [FLUSH, REHYDRATE, PAUSE, PERSIST, PURGE, REGISTER],
        },
      }),
    devTools: process.env.NODE_ENV !== 'production',
  });

  if (import.meta.hot) {
    ...
  }

  return store;
}

export const store = makeStore();
export const persistor = persistStore(store);
