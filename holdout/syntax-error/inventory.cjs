'use strict';

class Inventory {
  constructor() {
    this.stock = new Map();
  }

  receive(sku, qty) {
    if (qty <= 0) {
      throw new RangeError('qty must be positive');
    }
    this.stock.set(sku, (this.stock.get(sku) ?? 0) + qty);

  reserve(sku, qty) {
    const available = this.stock.get(sku) ?? 0;
    if (available < qty) return false;
    this.stock.set(sku, available - qty);
    return true;
  }

  level(sku) {
    return this.stock.get(sku) ?? 0;
  }
}

module.exports = { Inventory };
