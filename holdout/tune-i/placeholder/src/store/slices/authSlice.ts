import { createAsyncThunk, createSlice } from '@reduxjs/toolkit';
import type { User } from '../../types/user';
import { api } from '../../api';

interface AuthState {
  user: User | null;
  loading: boolean;
  error: string | null;
}

const initialState: AuthState = { user: null, loading: false, error: null };

export const login = createAsyncThunk(
  'auth/login',
  async (credentials: { email: string; password: string }) => {
    const { data } = await api.post<User>('/auth/login', credentials);
    return data;
  },
);

const authSlice = createSlice({
  name: 'auth',
  initialState,
  reducers: {
    logout(state) {
      state.user = null;
    },
  },
  extraReducers: (builder) => {
    builder.addCase(login.fulfilled, (state, action) => {
      state.loading = false;
      state.user = action.payload;
    });
    // The pending and rejected cases are the same as before: pending sets
    // loading to true and clears the error, rejected stores action.error.message.
  },
});

export const { logout } = authSlice.actions;
export default authSlice.reducer;
