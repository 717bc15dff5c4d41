export interface SignupInput {
  email: string;
  password: string;
  confirmPassword: string;
  acceptTerms: boolean;
}

export type Errors = Partial<Record<keyof SignupInput, string>>;

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSignup(input: SignupInput): Errors {
  const errors: Errors = {};

  if (!EMAIL_RE.test(input.email)) {
    errors.email = "Enter a valid email address";
  }

  if (input.password) {
    if (input.password.length < 8) {
      errors.password = "Password must be at least 8 characters";
    } else if (!/[0-9]/.test(input.password)) {
      errors.password = "Password must contain a number";
    }
  } else {
    errors.password = "Password is required";
  }

  if (input.password !== input.confirmPassword) {
    errors.confirmPassword = "Passwords do not match";
  }
  if (!input.acceptTerms) {
    errors.acceptTerms = "You must accept the terms";
  }
  return errors;
}
