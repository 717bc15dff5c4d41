export function addToCart(cart, product, qty = 1) {
  const existing = cart.items.find((i) => i.id === product.id);
<<<<<<< Updated upstream
  if (existing) {
    existing.qty += qty;
  } else {
    cart.items.push({ id: product.id, price: product.price, qty });
  }
=======
  if (existing) existing.qty = Math.min(existing.qty + qty, 99);
  else cart.items.push({ id: product.id, price: product.price, qty, addedAt: Date.now() });
>>>>>>> Stashed changes
  return cart;
}

export function cartTotal(cart) {
  return cart.items.reduce((sum, i) => sum + i.price * i.qty, 0);
}
