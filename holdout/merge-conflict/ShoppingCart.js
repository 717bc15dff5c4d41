'use strict';

class ShoppingCart {
  constructor() {
    this.items = new Map();
  }

  add(product, qty = 1) {
    const line = this.items.get(product.sku) ?? { product, qty: 0 };
    line.qty += qty;
    this.items.set(product.sku, line);
    return this;
  }

  remove(sku) {
    this.items.delete(sku);
    return this;
  }

<<<<<<< HEAD
  get total() {
    let sum = 0;
    for (const { product, qty } of this.items.values()) sum += product.price * qty;
    return sum;
  }
=======
  total({ taxRate = 0 } = {}) {
    const net = [...this.items.values()].reduce((s, { product, qty }) => s + product.price * qty, 0);
    return Math.round(net * (1 + taxRate));
  }
>>>>>>> 9f8e7d6 (feat(cart): support tax rate in total)
}

module.exports = { ShoppingCart };
