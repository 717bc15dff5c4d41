import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { login } from '../api/auth';

export default function LoginPage() {
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
<<<<<<< HEAD
    await login(email, password);
    navigate('/');
=======
    const { redirectTo } = await login({ email, password });
    navigate(redirectTo ?? '/dashboard', { replace: true });
>>>>>>> 0c4d2ea (Redirect after login)
  }

  return (
    <form onSubmit={onSubmit}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <button>Sign in</button>
    </form>
  );
}
