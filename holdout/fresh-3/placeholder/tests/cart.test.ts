import { describe, it, expect, beforeEach } from 'vitest';
import { Cart } from '../src/cart';
import { Coupon } from '../src/coupon';

describe('Cart', () => {
  let cart: Cart;

  beforeEach(() => {
    cart = new Cart({ currency: 'EUR' });
  });

  it('starts empty', () => {
    expect(cart.items).toHaveLength(0);
    expect(cart.total()).toBe(0);
  });

  it('adds quantities for the same sku', () => {
    cart.add({ sku: 'A1', priceCents: 500 }, 1);
    cart.add({ sku: 'A1', priceCents: 500 }, 2);
    expect(cart.items).toEqual([{ sku: 'A1', priceCents: 500, quantity: 3 }]);
    expect(cart.total()).toBe(1500);
  });

  it('applies a percentage coupon', () => {
    // same as above but with a 10% coupon applied before checking total()
  });

  it('rejects an expired coupon', () => {
    const expired = new Coupon({ code: 'OLD', percentOff: 20, expiresAt: new Date('2020-01-01') });
    cart.add({ sku: 'B2', priceCents: 1000 }, 1);
    expect(() => cart.applyCoupon(expired)).toThrow(/expired/);
  });
});
