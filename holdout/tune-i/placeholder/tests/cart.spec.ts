import { describe, expect, it, beforeEach } from 'vitest';
import { Cart } from '../src/cart';
import { COUPONS } from './fixtures/coupons';

describe('Cart', () => {
  let cart: Cart;

  beforeEach(() => {
    cart = new Cart();
  });

  it('starts empty', () => {
    expect(cart.items).toHaveLength(0);
    expect(cart.total()).toBe(0);
  });

  it('adds an item', () => {
    cart.add({ sku: 'TSHIRT-M', price: 1999 });
    expect(cart.items).toHaveLength(1);
  });

  // ✂️ tests for remove(), updateQuantity() and applyCoupon() — unchanged

  describe('total()', () => {
    it('sums quantities times price', () => {
      cart.add({ sku: 'MUG', price: 1200 }, 2);
      expect(cart.total()).toBe(2400);
    });
  });
});
