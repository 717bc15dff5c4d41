export enum HttpStatus {
  Ok = 200,
  Created = 201,
  NoContent = 204,
  BadRequest = 400,
  Unauthorized = 401,
  Forbidden = 403,
  NotFound = 404,
  Conflict = 409,
  UnprocessableEntity = 422,
  TooManyRequests = 429,
  InternalServerError = 500,
  ServiceUnavailable = 503,
}

export const isClientError = (s: HttpStatus) => s >= 400 && s < 500;
export const isServerError = (s: HttpStatus) => s >= 500;

export function statusText(s: HttpStatus): string {
  return HttpStatus[s].replace(/([a-z])([A-Z])/g, "$1 $2");
}