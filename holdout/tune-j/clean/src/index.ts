export { Client, type ClientOptions } from './client';
export { ApiError, RateLimitError, isApiError } from './errors';
export { paginate } from './paginate';

// the rest of the public API (request/response shapes) is re-exported from ./types
export type * from './types';

export const VERSION = '2.3.0';
