const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(value) {
  if (!value) return 'Email is required';
  if (!EMAIL_RE.test(value)) return 'Enter a valid email address';
  return null;
}

export function validatePassword(value) {
  if (!value) return 'Password is required';
  if (value.length < 12) return 'Use at least 12 characters';
  ...
  return null;
}

export function validateSignup(form) {
  const errors = {
    email: validateEmail(form.email),
    password: validatePassword(form.password),
  };
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v));
}
