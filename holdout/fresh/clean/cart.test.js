import { describe, it, expect } from 'vitest';
import { removeItem, addItem } from '../src/cart.js';

describe('cart', () => {
  const base = [
    { sku: 'A1', qty: 1 },
    { sku: 'B2', qty: 3 },
    { sku: 'C3', qty: 2 },
  ];

  it('removes only the matching sku and keeps the rest unchanged', () => {
    const next = removeItem(base, 'B2');
    expect(next).toEqual([
      { sku: 'A1', qty: 1 },
      { sku: 'C3', qty: 2 },
    ]);
    expect(base).toHaveLength(3); // existing array is not mutated
  });

  it('increments quantity for an existing item', () => {
    const next = addItem(base, 'A1');
    expect(next.find((i) => i.sku === 'A1').qty).toBe(2);
  });

  it('appends a new item at the end', () => {
    expect(addItem(base, 'Z9').at(-1)).toEqual({ sku: 'Z9', qty: 1 });
  });
});
