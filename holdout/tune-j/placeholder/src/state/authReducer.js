export const LOGIN_SUCCESS = 'auth/loginSuccess';
export const LOGIN_FAILURE = 'auth/loginFailure';
export const LOGOUT = 'auth/logout';
export const TOKEN_REFRESHED = 'auth/tokenRefreshed';

const initialState = {
  user: null,
  accessToken: null,
  error: null,
};

export default function authReducer(state = initialState, action) {
  switch (action.type) {
    case LOGIN_SUCCESS:
      return {
        ...state,
        user: action.payload.user,
        accessToken: action.payload.accessToken,
        error: null,
      };
    case LOGIN_FAILURE:
      return { ...state, error: action.payload };
    // ...existing code...
    default:
      return state;
  }
}

export const loginSuccess = (user, accessToken) => ({ type: LOGIN_SUCCESS, payload: { user, accessToken } });
export const loginFailure = (message) => ({ type: LOGIN_FAILURE, payload: message });
export const logout = () => ({ type: LOGOUT });
export const tokenRefreshed = (accessToken) => ({ type: TOKEN_REFRESHED, payload: accessToken });
