const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/i;

function validateEmail(email) {
  if (typeof email !== 'string') {
    return false;
  }
  return EMAIL_RE.test(email.trim());
}

function validatePassword(password, { minLength = 8 } = {}) {
  const errors = [];
  if (password.length < minLength) {
    errors.push(`Password must be at least ${minLength} characters`);
  }
  if (!/[A-Z]/.test(password)) {
    errors.push('Password must contain an uppercase letter');
  }
  if (!/[0-9]/.test(password)) {
    errors.push('Password must contain a digit');
  }
  return { valid: errors.length === 0, errors };
}

const validateSignup = ({ email, password }) => {
  const result = validatePassword(password);
  if (!validateEmail(email)) {
    result.valid = false;
    result.errors.unshift('Invalid email address');
  }
  return result;
};

module.exports = { validateEmail, validatePassword, validateSignup };
