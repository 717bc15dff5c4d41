import React, { useMemo } from 'react';
import PropTypes from 'prop-types';
import { formatPrice } from '../utils/currency';
import './CartSummary.css';

export default function CartSummary({ items, currency, onCheckout }) {
  const total = useMemo(
    () => items.reduce((sum, item) => sum + item.price * item.quantity, 0),
    [items],
  );

  if (items.length === 0) {
    return <p className="cart-summary__empty">Your cart is empty.</p>;
  }

  return (
    <section className="cart-summary">
      <h2>Order summary</h2>
      <ul className="cart-summary__items">
        {/* …map over items here exactly as in your original component… */}
      </ul>
      <div className="cart-summary__total">
        <span>Total</span>
        <strong>{formatPrice(total, currency)}</strong>
      </div>
      <button type="button" onClick={onCheckout}>
        Checkout
      </button>
    </section>
  );
}

CartSummary.propTypes = {
  items: PropTypes.arrayOf(
    PropTypes.shape({
      id: PropTypes.string.isRequired,
      name: PropTypes.string.isRequired,
      price: PropTypes.number.isRequired,
      quantity: PropTypes.number.isRequired,
    }),
  ).isRequired,
  currency: PropTypes.string,
  onCheckout: PropTypes.func.isRequired,
};
