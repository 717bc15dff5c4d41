import React, { useState } from "react";

export default function CheckoutForm({ onSubmit }) {
  const [form, setForm] = useState({ name: "", email: "", address: "" });

  const update = (field) => (e) => setForm({ ...form, [field]: e.target.value });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(form);
      }}
    >
      <label>
        Full name
        <input value={form.name} onChange={update("name")} required />
      </label>
      <label>
        Email
        <input type="email" value={form.email} onChange={update("email")} required />
      </label>
      {/* ...remaining fields */}
      <button type="submit">Place order</button>
    </form>
  );
}
