const { addItem, removeItem, cartTotal } = require("../src/cart");

describe("cart", () => {
  test("adds a new item", () => {
    const cart = addItem([], { sku: "A1", price: 500, qty: 1 });
    expect(cart).toHaveLength(1);
  });

  test("removing an unknown sku is a no-op", () => {
    const cart = [{ sku: "A1", price: 500, qty: 1 }];
    expect(removeItem(cart, "ZZ")).toEqual(cart);
  });

  test("total sums price times quantity", () => {
    expect(cartTotal([{ sku: "A1", price: 250, qty: 4 }])).toBe(1000);
  });

  // ... more test cases
});
