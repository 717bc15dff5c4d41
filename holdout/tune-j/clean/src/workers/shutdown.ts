import type { Server } from 'node:http';

type Closeable = { close(): Promise<void> | void };

export function installShutdown(server: Server, resources: Closeable[], timeoutMs = 10_000) {
  let shuttingDown = false;

  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.info(`received ${signal}, draining`);
    const timer = setTimeout(() => process.exit(1), timeoutMs).unref();
    server.close();
    for (const r of resources) {
      try {
        await r.close();
      } catch {
        // ignore: best effort, we're exiting anyway
      }
    }
    clearTimeout(timer);
    process.exit(0);
  };

  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  process.on('SIGPIPE', () => {}); // log shipper may close stdout first; don't crash on it
}
