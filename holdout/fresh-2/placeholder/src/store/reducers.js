import {
  LOGIN_SUCCESS,
  LOGOUT,
  PROFILE_LOADED,
  PREFERENCES_SAVED,
} from './actionTypes';

const initialState = {
  user: null,
  profile: null,
  preferences: { theme: 'light', language: 'en' },
  loading: false,
};

const handlers = {
  [LOGIN_SUCCESS]: (state, action) => ({ ...state, user: action.payload, loading: false }),
  [LOGOUT]: () => initialState,
  ... // PROFILE_LOADED and PREFERENCES_SAVED handlers go here
};

export default function rootReducer(state = initialState, action) {
  const handler = handlers[action.type];
  return handler ? handler(state, action) : state;
}

export { PROFILE_LOADED, PREFERENCES_SAVED };
