import { useState } from "react";
import { loadStripe } from "@stripe/stripe-js";
import { createCheckoutSession } from "@/api/billing";

const stripePromise = loadStripe(import.meta.env.VITE_STRIPE_KEY);

export function CheckoutButton({ priceId }: { priceId: string }) {
  const [loading, setLoading] = useState(false);

  async function handleClick() {
    setLoading(true);
    try {
      const { sessionId } = await createCheckoutSession(priceId);
      const stripe = await stripePromise;
      await stripe?.redirectToCheckout({ sessionId });
    } finally {
      setLoading(false);
    }
  }

  return (
    <button
      type="button"
<<<<<<< HEAD
      className="btn btn-primary"
      disabled={loading}
=======
      className="btn btn--primary btn--lg"
      disabled={loading || !priceId}
      aria-busy={loading}
>>>>>>> feature/checkout-redesign
      onClick={handleClick}
    >
      {loading ? "Redirecting…" : "Upgrade"}
    </button>
  );
}
