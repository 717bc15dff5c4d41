'use strict';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function validateEmail(value) {
  if (!value) return 'Email is required';
  if (!EMAIL_RE.test(value)) return 'Enter a valid email address';
  return null;
}

function validatePassword(value) {
  if (!value || value.length < 10) return 'Use at least 10 characters';
  if (!/\d/.test(value)) return 'Include at least one number';
  return null;
}

function validatePhone(value) {
  // TODO: implement
}

function validateSignup(form) {
  const errors = {
    email: validateEmail(form.email),
    password: validatePassword(form.password),
    phone: form.phone ? validatePhone(form.phone) : null,
  };
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v));
}

module.exports = { validateEmail, validatePassword, validatePhone, validateSignup };
