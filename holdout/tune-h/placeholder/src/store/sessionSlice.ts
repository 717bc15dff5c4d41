import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export interface SessionState {
  token: string | null;
  refreshToken: string | null;
  expiresAt: number | null;
  user: { id: string; name: string; roles: string[] } | null;
}

const initialState: SessionState = {
  token: null,
  refreshToken: null,
  expiresAt: null,
  user: null,
};

type LoginPayload = { token: string; refreshToken: string; expiresIn: number; user: SessionState['user'] };

const sessionSlice = createSlice({
  name: 'session',
  initialState,
  reducers: {
    loggedIn(state, action: PayloadAction<LoginPayload>) {
      const { token, refreshToken, expiresIn, user } = action.payload;
      state.token = token;
      state.refreshToken = refreshToken;
      state.expiresAt = Date.now() + expiresIn * 1000;
      state.user = user;
    },
    // tokenRefreshed and loggedOut — keep the two reducers you already have
  },
});

export const { loggedIn, tokenRefreshed, loggedOut } = sessionSlice.actions;
export default sessionSlice.reducer;

export const selectIsAuthenticated = (s: { session: SessionState }) =>
  s.session.token !== null && (s.session.expiresAt ?? 0) > Date.now();
