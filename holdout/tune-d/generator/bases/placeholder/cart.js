export class Cart {
  constructor(storage = window.localStorage) {
    this.storage = storage;
    this.items = JSON.parse(storage.getItem("cart") || "[]");
  }

  add(product, qty = 1) {
    const existing = this.items.find((i) => i.id === product.id);
    if (existing) existing.qty += qty;
    else this.items.push({ id: product.id, name: product.name, price: product.price, qty });
    this.save();
  }

  remove(id) {
    this.items = this.items.filter((i) => i.id !== id);
    this.save();
  }

  clear() {
    this.items = [];
    this.save();
  }

  get total() {
    return this.items.reduce((sum, i) => sum + i.price * i.qty, 0);
  }

  save() {
    this.storage.setItem("cart", JSON.stringify(this.items));
  }
}
