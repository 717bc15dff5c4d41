const POSTCODE = /^[A-Z0-9][A-Z0-9 -]{2,9}$/i;

export class ValidationError extends Error {
  constructor(field, message) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}

export function validateEmail(value) {
  if (typeof value !== 'string' || !value.includes('@')) {
    throw new ValidationError('email', 'must be a valid address');
  }
  return value.trim().toLowerCase();
}

export function validateAddress(address) {
  /* existing validation */
}

export function validateOrder(order) {
  const email = validateEmail(order.email);
  const address = validateAddress(order.shipping);
  if (!Array.isArray(order.items) || order.items.length === 0) {
    throw new ValidationError('items', 'order has no items');
  }
  if (address && !POSTCODE.test(address.postcode)) {
    throw new ValidationError('postcode', 'invalid postcode');
  }
  return { ...order, email, shipping: address };
}
