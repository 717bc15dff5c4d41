class CartStore {
  constructor(storage = window.localStorage) {
    this.storage = storage;
    this.items = JSON.parse(storage.getItem('cart') || '[]');
  }

  add(product, qty = 1) {
    const line = this.items.find((i) => i.id === product.id);
    if (line) line.qty += qty;
    else this.items.push({ id: product.id, price: product.price, qty });
    this.persist();
  }

  remove(id) {
    // same as before
  }

  persist() {
    this.storage.setItem('cart', JSON.stringify(this.items));
  }
}

export default CartStore;
