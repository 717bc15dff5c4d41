import 'express-serve-static-core';

declare module 'express-serve-static-core' {
  interface Request {
    user?: {
      id: string;
      roles: ReadonlyArray<'admin' | 'editor' | 'viewer'>;
    };
    requestId: string;
  }
}

declare module 'http' {
  interface IncomingHttpHeaders {
    'x-request-id'?: string;
  }
}
