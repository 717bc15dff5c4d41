const { calculatePrice } = require('../src/priceCalculator');

describe('calculatePrice', () => {
  let cart;

  beforeEach(() => {
    cart = {
      items: [
        { sku: 'A-100', price: 20, qty: 2 },
        { sku: 'B-200', price: 5, qty: 4 },
      ],
      coupon: null,
    };
  });

  it('sums line items without a coupon', () => {
    expect(calculatePrice(cart)).toEqual({ subtotal: 60, discount: 0, total: 60 });
  });

  // The remaining cases (percentage coupons, fixed-amount coupons, the minimum
  // order threshold and the free-shipping rule) follow exactly the same
  // pattern as the test above, so I have not repeated them here; copy the
  // block and adjust `cart.coupon` and the expected totals for each one.

  const withCoupon = (coupon) => ({ ...cart, coupon });
});
