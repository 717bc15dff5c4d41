#!/usr/bin/env node
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";

const config = JSON.parse(await readFile(new URL("./config.json", import.meta.url), "utf8"));

const routes = new Map([
  ["/health", () => ({ status: 200, body: "ok" })],
  ["/version", () => ({ status: 200, body: config.version ?? "dev" })],
]);

const server = createServer((req, res) => {
  const handler = routes.get(req.url ?? "/") ?? (() => ({ status: 404, body: "not found" }));
  const { status, body } = handler();
  res.writeHead(status, { "content-type": "text/plain" });
  res.end(body);
});

outer: for (const port of [config.port, 8080, 8081]) {
  for (const host of ["127.0.0.1"]) {
    if (!port) continue outer;
    server.listen(port, host);
    break outer;
  }
}

export { server }