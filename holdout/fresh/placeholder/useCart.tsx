import { createContext, useContext, useReducer, type ReactNode } from 'react';

type Line = { id: string; qty: number };
type Action = { type: 'add'; id: string } | { type: 'remove'; id: string };

const CartContext = createContext<{ lines: Line[]; dispatch: (a: Action) => void } | null>(null);

function reducer(lines: Line[], action: Action): Line[] {
  ...
}

export function CartProvider({ children }: { children: ReactNode }) {
  const [lines, dispatch] = useReducer(reducer, []);
  return <CartContext.Provider value={{ lines, dispatch }}>{children}</CartContext.Provider>;
}

export const useCart = () => useContext(CartContext)!;
