export enum CartActionType {
  Add = 'cart/add',
  SetQty = 'cart/setQty',
  ... (Remove, Clear)
}

export interface CartLine {
  sku: string;
  qty: number;
  unitPrice: number;
}

export type CartAction =
  | { type: CartActionType.Add; line: CartLine }
  | { type: CartActionType.SetQty; sku: string; qty: number }
  | { type: CartActionType.Remove; sku: string }
  | { type: CartActionType.Clear };

export function cartReducer(state: CartLine[], action: CartAction): CartLine[] {
  switch (action.type) {
    case CartActionType.Add:
      return [...state.filter((l) => l.sku !== action.line.sku), action.line];
    case CartActionType.SetQty:
      return state.map((l) => (l.sku === action.sku ? { ...l, qty: action.qty } : l));
    case CartActionType.Remove:
      return state.filter((l) => l.sku !== action.sku);
    case CartActionType.Clear:
      return [];
  }
}
