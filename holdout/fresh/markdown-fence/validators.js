export const isEmail = (s) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);

export const isStrongPassword = (s) =>
  s.length >= 12 && /[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s);
```

```js
export function validateSignup({ email, password, confirm }) {
  const errors = {};
  if (!isEmail(email)) errors.email = 'Enter a valid email';
  if (!isStrongPassword(password)) errors.password = 'Password is too weak';
  if (password !== confirm) errors.confirm = 'Passwords do not match';
  return errors;
}
