import { Router, type Request, type Response } from 'express';
import { pool } from '../db/pool';
import { redis } from '../cache/redis';

export const healthRouter = Router();

healthRouter.get('/live', (_req: Request, res: Response) => {
  res.json({ status: 'ok' });
});

async function checkDatabase(): Promise<boolean> {...}

async function checkRedis(): Promise<boolean> {
  try {
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  }
}

healthRouter.get('/ready', async (_req: Request, res: Response) => {
  const [db, cache] = await Promise.all([checkDatabase(), checkRedis()]);
  const ok = db && cache;
  res.status(ok ? 200 : 503).json({ database: db, redis: cache });
});
