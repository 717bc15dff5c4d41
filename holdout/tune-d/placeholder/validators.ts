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
    // ... (same validation logic as above)
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
