import { createSlice, type PayloadAction } from "@reduxjs/toolkit";

interface CartItem {
  sku: string;
  qty: number;
}

interface CartState {
  items: CartItem[];
}

const initialState: CartState = { items: [] };

const cartSlice = createSlice({
  name: "cart",
  initialState,
  reducers: {
    addItem(state, action: PayloadAction<string>) {
      const item = state.items.find((i) => i.sku === action.payload);
      if (item) item.qty += 1;
      else state.items.push({ sku: action.payload, qty: 1 });
    },
    // ... rest of the slice unchanged
  },
});

export const { addItem } = cartSlice.actions;
export default cartSlice.reducer;
