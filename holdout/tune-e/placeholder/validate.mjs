const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSignup(input) {
  const errors = {};

  if (!input.name || input.name.trim().length < 2) {
    errors.name = "Name must be at least 2 characters.";
  }

  if (!input.email || !EMAIL_RE.test(input.email)) {
    errors.email = "Enter a valid email address.";
  }

  // TODO: same as above for the remaining fields

  return {
    valid: Object.keys(errors).length === 0,
    errors,
  };
}
