import { useState, type FormEvent } from 'react';
import { useCart } from '../hooks/useCart';
import { submitOrder } from '../api/orders';

interface Props {
  onSuccess: (orderId: string) => void;
}

export default function CheckoutForm({ onSuccess }: Props) {
  const { items, totalCents, clear } = useCart();
  const [email, setEmail] = useState('');
  const [address, setAddress] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const { id } = await submitOrder({ email, address, items });
      clear();
      onSuccess(id);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Something went wrong');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} className="checkout">
      <label>
        Email
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <!-- address + city/zip inputs same as before -->
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={submitting || items.length === 0}>
        {submitting ? 'Placing order…' : `Pay $${(totalCents / 100).toFixed(2)}`}
      </button>
    </form>
  );
}
