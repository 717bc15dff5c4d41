import { combineReducers } from 'redux';
import { SESSION_EXPIRED } from './session/actionTypes';

import sessionReducer from './session/reducer';
import cartReducer from './cart/reducer';
import catalogReducer from './catalog/reducer';

const appReducer = combineReducers({
  session: sessionReducer,
  cart: cartReducer,
  catalog: catalogReducer,
  // ...rest of the reducers
});

export default function rootReducer(state, action) {
  if (action.type === SESSION_EXPIRED) {
    // drop everything except UI preferences
    const { preferences } = state ?? {};
    return appReducer({ preferences }, action);
  }
  return appReducer(state, action);
}
