import { isEmail } from './email';
// + the phone / postcode / vat imports, untouched

const RULES = {
  email: isEmail,
  phone: isPhone,
  postcode: isPostcode,
  vatNumber: isVatNumber,
};

export function validateField(name, value) {
  const rule = RULES[name];
  if (!rule) return { valid: true };
  const valid = rule(String(value ?? '').trim());
  return valid ? { valid } : { valid, message: `Invalid ${name}` };
}

export function validateForm(values) {
  const errors = {};
  for (const [name, value] of Object.entries(values)) {
    const result = validateField(name, value);
    if (!result.valid) errors[name] = result.message;
  }
  return errors;
}
