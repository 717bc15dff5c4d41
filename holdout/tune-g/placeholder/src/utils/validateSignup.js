const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const MIN_PASSWORD_LENGTH = 12;

/**
 * Validates the sign-up form values.
 * Returns an object keyed by field name; empty when everything is valid.
 */
export function validateSignup(values) {
  // Your existing validation logic goes here
}

export function isEmail(value) {
  return EMAIL_RE.test(String(value).trim());
}

export function passwordStrength(password) {
  let score = 0;
  if (password.length >= MIN_PASSWORD_LENGTH) score += 1;
  if (/[A-Z]/.test(password) && /[a-z]/.test(password)) score += 1;
  if (/\d/.test(password)) score += 1;
  if (/[^A-Za-z0-9]/.test(password)) score += 1;
  return score;
}
