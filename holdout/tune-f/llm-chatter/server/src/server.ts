import express, { type NextFunction, type Request, type Response } from 'express';
import { ZodError } from 'zod';
import { ordersRouter } from './orders';

const app = express();
app.use(express.json({ limit: '1mb' }));

app.get('/health', (_req, res) => {
  res.json({ ok: true });
});

app.use('/orders', ordersRouter);

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log('listening');
});

Now let's add the error handler at the bottom:

app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
  if (err instanceof ZodError) {
    res.status(400).json({ error: 'validation', issues: err.issues });
    return;
  }
  console.error(err);
  res.status(500).json({ error: 'internal' });
});
