import { createStore, applyMiddleware, combineReducers, compose } from 'redux';
import thunk from 'redux-thunk';
import { createLogger } from 'redux-logger';
import auth from './reducers/auth';
import cart from './reducers/cart';
import catalog from './reducers/catalog';

const rootReducer = combineReducers({ auth, cart, catalog });

const composeEnhancers =
  (typeof window !== 'undefined' && window.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__) || compose;

const logger = createLogger({ collapsed: true, predicate: () => process.env.NODE_ENV !== 'production' });

export default function configureStore(preloadedState) {
  return createStore(
    rootReducer,
    preloadedState,
    composeEnhancers(applyMiddleware(thunk, logger /*, ...other middleware */)),
  );
}
