// [previous code remains unchanged]

export function createRequestLogger(base: Logger) {
  return (req: Request, _res: Response, next: NextFunction) => {
    req.log = base.child({
      requestId: req.headers["x-request-id"] ?? crypto.randomUUID(),
      path: req.path,
    });
    next();
  };
}
