import { FormEvent, useState } from "react";

export function CheckoutForm({ onSubmit }: { onSubmit: (data: FormData) => void }) {
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSubmitting(true);
    try {
      await onSubmit(new FormData(e.currentTarget));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={handleSubmit}>
      <input name="fullName" placeholder="Full name" required />
      {/* Rest of the form fields */}
      <input name="postalCode" placeholder="Postal code" required />
      <button type="submit" disabled={submitting}>
        {submitting ? "Placing order" : "Place order"}
      </button>
    </form>
  );
}
