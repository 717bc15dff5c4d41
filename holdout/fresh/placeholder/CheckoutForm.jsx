// keep your existing imports

export default function CheckoutForm({ cart, onPaid }) {
  const stripe = useStripe();
  const elements = useElements();
  const [error, setError] = useState(null);

  async function handleSubmit(e) {
    e.preventDefault();
    const { error: err } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${window.location.origin}/thanks` },
    });
    if (err) setError(err.message);
    else onPaid(cart.id);
  }

  return (
    <form onSubmit={handleSubmit}>
      <PaymentElement />
      {error && <p className="error">{error}</p>}
      <button disabled={!stripe}>Pay</button>
    </form>
  );
}
