import { useCallback, useEffect, useState } from 'react';

const STORAGE_KEY = 'cart:v2';

function load() {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY)) || [];
  } catch {
    return [];
  }
}

export function useCart() {
  const [items, setItems] = useState(load);

  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(items));
  }, [items]);

  const addItem = useCallback((sku) => {
    setItems((prev) => {
      const hit = prev.find((i) => i.sku === sku);
      if (hit) {
        return prev.map((i) => (i.sku === sku ? { ...i, qty: i.qty + 1 } : i));
      }
      return [...prev, { sku, qty: 1 }];
    });
  }, []);

  const removeItem = useCallback((sku) => {
    /* same as addItem, but decrement */
  }, []);

  const total = items.reduce((n, i) => n + i.qty, 0);

  return { items, total, addItem, removeItem, clear: () => setItems([]) };
}
