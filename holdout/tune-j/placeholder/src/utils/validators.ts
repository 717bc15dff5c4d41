export type Validator = (value: string) => string | null;

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const required: Validator = (value) =>
  value.trim().length > 0 ? null : 'This field is required';

export const isEmail: Validator = (value) =>
  EMAIL_RE.test(value) ? null : 'Enter a valid email address';

/* isPhone and isPostcode: see the previous message, nothing changed there */

export const minLength =
  (n: number): Validator =>
  (value) =>
    value.length >= n ? null : `Must be at least ${n} characters`;

export const validators = {
  required,
  email: isEmail,
  phone: isPhone,
  postcode: isPostcode,
} satisfies Record<string, Validator>;

export function validate(value: string, rules: Validator[]): string | null {
  for (const rule of rules) {
    const error = rule(value);
    if (error) return error;
  }
  return null;
}
