import { formatMoney } from '../lib/money';

export function CheckoutSummary({ cart, shipping, onPlaceOrder, placing }) {
  const subtotal = cart.items.reduce((sum, i) => sum + i.price * i.qty, 0);
  const total = subtotal + shipping.price - (cart.discount ?? 0);

  return (
    <aside className="checkout-summary">
      <h2>Order summary</h2>
      <dl>
        <dt>Subtotal</dt>
        <dd>{formatMoney(subtotal)}</dd>
        <dt>Shipping ({shipping.label})</dt>
        <dd>{formatMoney(shipping.price)}</dd>
        {cart.discount > 0 && (
          <>
            <dt>Discount</dt>
            <dd>−{formatMoney(cart.discount)}</dd>
          </>
        )}
        <dt>Total</dt>
        <dd>{formatMoney(total)}</dd>
      </dl>
      <button onClick={onPlaceOrder} disabled={placing}>
        {placing ? 'Placing order…' : 'Place order'}
      </button>
    </aside>
  );
}

// ... rest of the file unchanged
