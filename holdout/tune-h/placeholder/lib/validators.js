'use strict';

const validators = {
  required(value) {
    return value !== undefined && value !== null && String(value).trim() !== ''
      ? null
      : 'This field is required';
  },
  minLength(n) {
    return (value) => (String(value ?? '').length >= n ? null : `Must be at least ${n} characters`);
  },
  // email, phone and postalCode left out for brevity — they're the regex ones from before
};

function validateSignup(form) {
  const errors = {};
  const rules = {
    name: [validators.required, validators.minLength(2)],
    email: [validators.required, validators.email],
    phone: [validators.phone],
    zip: [validators.postalCode],
  };
  for (const [field, checks] of Object.entries(rules)) {
    for (const check of checks) {
      const msg = check(form[field]);
      if (msg) {
        errors[field] = msg;
        break;
      }
    }
  }
  return { valid: Object.keys(errors).length === 0, errors };
}

module.exports = { validators, validateSignup };
