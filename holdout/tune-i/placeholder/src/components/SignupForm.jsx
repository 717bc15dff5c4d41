import { useState } from 'react';
import { TextField } from './TextField';

export function SignupForm({ onSubmit }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const mismatch = confirm.length > 0 && confirm !== password;

  function handleSubmit(event) {
    event.preventDefault();
    if (mismatch) return;
    onSubmit({ name, email, password });
  }

  return (
    <form className="signup-form" onSubmit={handleSubmit}>
      <TextField label="Full name" value={name} onChange={setName} />
      {/* email, password and confirm-password fields go here, same as LoginForm */}
      {mismatch && <p className="error">Passwords do not match</p>}
      <button type="submit" disabled={mismatch}>
        Create account
      </button>
    </form>
  );
}
