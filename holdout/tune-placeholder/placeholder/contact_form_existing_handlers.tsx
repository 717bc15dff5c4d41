import { useState, type FormEvent } from 'react';

type FormState = { name: string; email: string; message: string };

export function ContactForm({ onSent }: { onSent?: () => void }) {
  const [form, setForm] = useState<FormState>({ name: '', email: '', message: '' });
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // ...existing handlers

  return (
    <form onSubmit={handleSubmit} className="space-y-4">
      <input name="name" value={form.name} onChange={handleChange} required />
      <input name="email" type="email" value={form.email} onChange={handleChange} required />
      <textarea name="message" value={form.message} onChange={handleChange} rows={5} />
      {error && <p role="alert" className="text-red-600">{error}</p>}
      <button type="submit" disabled={sending}>
        {sending ? 'Sending' : 'Send'}
      </button>
    </form>
  );
}
