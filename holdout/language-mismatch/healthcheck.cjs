import express, { Request, Response, NextFunction } from 'express';

const app = express();

interface HealthReport {
  status: 'ok' | 'degraded';
  checks: Record<string, boolean>;
}

async function checkDatabase(): Promise<boolean> {
  try {
    await db.raw('select 1');
    return true;
  } catch {
    return false;
  }
}

app.get('/health', async (_req: Request, res: Response<HealthReport>) => {
  const checks = { database: await checkDatabase() };
  const status = Object.values(checks).every(Boolean) ? 'ok' : 'degraded';
  res.status(status === 'ok' ? 200 : 503).json({ status, checks });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message });
});

export default app;
