import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

interface Notification {
  id: string;
  message: string;
  read: boolean;
}

interface NotificationsState {
  items: Notification[];
  unread: number;
}

const initialState: NotificationsState = { items: [], unread: 0 };

export const notificationsSlice = createSlice({
  name: 'notifications',
  initialState,
  reducers: {
    received(state, action: PayloadAction<Notification>) {
      state.items.unshift(action.payload);
      state.unread += 1;
    },
    markAllRead(state) {
      ...
    },
  },
});

export const { received, markAllRead } = notificationsSlice.actions;
export default notificationsSlice.reducer;
