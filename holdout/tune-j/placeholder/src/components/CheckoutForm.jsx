import { useState } from 'react';
import { useStripe, useElements, CardElement } from '@stripe/react-stripe-js';
import { submitOrder } from '../api/orders';

export default function CheckoutForm({ cart, onSuccess }) {
  const stripe = useStripe();
  const elements = useElements();
  const [address, setAddress] = useState({ line1: '', city: '', postcode: '' });
  const [error, setError] = useState(null);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event) {
    event.preventDefault();
    setSubmitting(true);
    const { paymentMethod, error: stripeError } = await stripe.createPaymentMethod({
      type: 'card',
      card: elements.getElement(CardElement),
    });
    if (stripeError) {
      setError(stripeError.message);
      setSubmitting(false);
      return;
    }
    const order = await submitOrder({ cart, address, paymentMethodId: paymentMethod.id });
    onSuccess(order);
  }

  return (
    <form onSubmit={handleSubmit} className="checkout-form">
      <input
        value={address.line1}
        onChange={(e) => setAddress({ ...address, line1: e.target.value })}
        placeholder="Address"
      />
      <rest of component>
  );
}
