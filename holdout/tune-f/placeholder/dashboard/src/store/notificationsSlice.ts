import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export interface Notification {
  id: string;
  message: string;
  level: 'info' | 'warning' | 'error';
  read: boolean;
  createdAt: string;
}

interface NotificationsState {
  items: Notification[];
  muted: boolean;
}

const initialState: NotificationsState = { items: [], muted: false };

const notificationsSlice = createSlice({
  name: 'notifications',
  initialState,
  reducers: {
    added(state, action: PayloadAction<Notification>) {
      state.items.unshift(action.payload);
      if (state.items.length > 50) state.items.pop();
    },
    markRead(state, action: PayloadAction<string>) {
      const n = state.items.find((i) => i.id === action.payload);
      if (n) n.read = true;
    },
    toggleMute(state) {
      state.muted = !state.muted;
    },
    // remaining reducers stay as they were
  },
});

export const { added, markRead, toggleMute, markAllRead, clear } = notificationsSlice.actions;
export default notificationsSlice.reducer;
