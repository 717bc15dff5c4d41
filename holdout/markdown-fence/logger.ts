```ts
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  redact: ["req.headers.authorization", "req.headers.cookie", "*.password"],
  transport:
    process.env.NODE_ENV === "development"
      ? { target: "pino-pretty", options: { colorize: true } }
      : undefined,
});
```

```ts
import type { RequestHandler } from "express";
import { randomUUID } from "node:crypto";
import { logger } from "./logger";

export const requestLogger: RequestHandler = (req, res, next) => {
  const start = process.hrtime.bigint();
  const id = req.header("x-request-id") ?? randomUUID();
  res.setHeader("x-request-id", id);
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    logger.info({ id, method: req.method, url: req.originalUrl, status: res.statusCode, ms });
  });
  next();
};
```
