Here is the test file (`__tests__/cart.test.js`):

const { Cart } = require("../src/cart");

describe("Cart", () => {
  it("starts empty", () => {
    expect(new Cart().items).toEqual([]);
  });

  it("applies a percentage coupon", () => {
    const cart = new Cart();
    cart.add({ sku: "tee", price: 2000, qty: 2 });
    cart.applyCoupon({ type: "percent", value: 10 });
    expect(cart.total()).toBe(3600);
  });
});
