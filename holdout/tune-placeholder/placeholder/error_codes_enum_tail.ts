/**
 * Error codes returned in the `code` field of API error payloads.
 * Keep in sync with docs/errors.md.
 */
export enum ErrorCode {
  Unknown = 'E0000',
  ValidationFailed = 'E1001',
  MissingField = 'E1002',
  Unauthorized = 'E2001',
  Forbidden = 'E2003',
  NotFound = 'E3004',
  RateLimited = 'E4029',
  /* ... more error codes ... */
}

export function isClientError(code: ErrorCode): boolean {
  return code.startsWith('E1') || code.startsWith('E2') || code.startsWith('E3');
}

export function httpStatusFor(code: ErrorCode): number {
  if (code === ErrorCode.Unauthorized) return 401;
  if (code === ErrorCode.Forbidden) return 403;
  if (code === ErrorCode.NotFound) return 404;
  if (code === ErrorCode.RateLimited) return 429;
  return isClientError(code) ? 400 : 500;
}
