import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export interface AuthState {
  user: { id: string; name: string; roles: string[] } | null;
  accessToken: string | null;
  expiresAt: number | null;
}

const initialState: AuthState = {
  user: null,
  accessToken: null,
  expiresAt: null,
};

const authSlice = createSlice({
  name: 'auth',
  initialState,
  reducers: {
    loggedIn(state, action: PayloadAction<{ user: AuthState['user']; token: string; expiresIn: number }>) {
      state.user = action.payload.user;
      state.accessToken = action.payload.token;
      state.expiresAt = Date.now() + action.payload.expiresIn * 1000;
    },
    // keep your logout + tokenRefreshed reducers here; I didn't touch them
  },
});

export const { loggedIn, logout, tokenRefreshed } = authSlice.actions;
export const selectIsAuthenticated = (s: { auth: AuthState }) =>
  s.auth.accessToken !== null && (s.auth.expiresAt ?? 0) > Date.now();
export default authSlice.reducer;
