import { combineReducers } from 'redux';
import {
  CART_ADD,
  CART_REMOVE,
  CART_CLEAR,
  CART_SET_QTY,
} from './actionTypes';

const initialCart = { items: [], updatedAt: null };

function cart(state = initialCart, action) {
  switch (action.type) {
    case CART_ADD: {
      const existing = state.items.find((i) => i.sku === action.sku);
      const items = existing
        ? state.items.map((i) =>
            i.sku === action.sku ? { ...i, qty: i.qty + 1 } : i
          )
        : [...state.items, { sku: action.sku, qty: 1 }];
      return { items, updatedAt: Date.now() };
    }
    case CART_REMOVE:
      return {
        items: state.items.filter((i) => i.sku !== action.sku),
        updatedAt: Date.now(),
      };
    ...
    default:
      return state;
  }
}

function session(state = { user: null }, action) {
  if (action.type === 'session/login') return { user: action.user };
  if (action.type === 'session/logout') return { user: null };
  return state;
}

export default combineReducers({ cart, session });
