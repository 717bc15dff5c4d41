import { useState, type FormEvent } from 'react';

type Status = 'idle' | 'saving' | 'done' | 'error';

export default function SignupForm({ onSubmit }: { onSubmit: (email: string, name?: string) => Promise<void> }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<Status>('idle');

  async function handle(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setStatus('saving');
    try {
      await onSubmit(email, name || undefined);
      setStatus('done');
    } catch {
      setStatus('error');
    }
  }

  return (
    <form onSubmit={handle}>
      <p>Only your email is required. The rest of the form is optional and can be filled in later.</p>
      <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Name (optional)" />
      <button disabled={status === 'saving'}>{status === 'saving' ? 'Saving...' : 'Sign up'}</button>
      {status === 'error' && <p role="alert">Something went wrong. Please try again.</p>}
    </form>
  );
}
