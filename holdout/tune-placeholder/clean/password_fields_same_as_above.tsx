import { useState } from 'react';

export function PasswordFields({ onValid }: { onValid: (password: string) => void }) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const mismatch = confirm.length > 0 && confirm !== password;

  return (
    <fieldset>
      <label>
        Password
        <input type="password" value={password} minLength={12} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {/* Same as above but for the confirmation field; shows an error on mismatch */}
      <label>
        Confirm password
        <input type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} aria-invalid={mismatch} />
      </label>
      {mismatch && <p role="alert">Passwords do not match</p>}
      <button type="button" disabled={mismatch || password.length < 12} onClick={() => onValid(password)}>
        Continue
      </button>
    </fieldset>
  );
}
