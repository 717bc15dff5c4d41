import { logger } from '../logger.js';

export class HttpError extends Error {
  constructor(status, message, details) {
    super(message);
    this.status = status;
    this.details = details;
  }
}

function toResponse(err) {
  switch (err.code) {
    case 'VALIDATION_FAILED':
      return { status: 422, body: { error: 'Validation failed', fields: err.details } };
    case 'CONFLICT':
      return { status: 409, body: { error: err.message } };
    // keep your existing cases for UNAUTHORIZED / FORBIDDEN / NOT_FOUND here
    default:
      return { status: err.status ?? 500, body: { error: 'Internal Server Error' } };
  }
}

export function errorHandler(err, req, res, _next) {
  const { status, body } = toResponse(err);
  if (status >= 500) {
    logger.error({ err, path: req.path }, 'unhandled error');
  }
  res.status(status).json(body);
}
