import { createAsyncThunk, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { RootState } from '../index';
import { getUser, type UserDto } from '../../api/users';

interface UserState {
  current: UserDto | null;
  status: 'idle' | 'loading' | 'succeeded' | 'failed';
  error: string | null;
}

const initialState: UserState = { current: null, status: 'idle', error: null };

export const fetchUser = createAsyncThunk('user/fetch', async (id: string) => {
  return getUser(id);
});

const userSlice = createSlice({
  name: 'user',
  initialState,
  reducers: {
    clearUser(state) {
      state.current = null;
      state.status = 'idle';
    },
    setDisplayName(state, action: PayloadAction<string>) {
      if (state.current) state.current.displayName = action.payload;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(fetchUser.pending, (state) => {
        state.status = 'loading';
        state.error = null;
      });
      // .addCase(fetchUser.fulfilled …) / .addCase(fetchUser.rejected …) chain continues as before
  },
});

export const { clearUser, setDisplayName } = userSlice.actions;
export const selectUser = (state: RootState) => state.user.current;
export default userSlice.reducer;
