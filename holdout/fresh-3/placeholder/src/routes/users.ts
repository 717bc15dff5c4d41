import { Router, type Request, type Response, type NextFunction } from 'express';
import { z } from 'zod';
import { prisma } from '../db';
import { requireAuth, requireRole } from '../middleware/auth';

const router = Router();

const createUserSchema = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(100),
  role: z.enum(['admin', 'editor', 'viewer']).default('viewer'),
});

const updateUserSchema = createUserSchema.partial();

const asyncHandler =
  (fn: (req: Request, res: Response) => Promise<unknown>) =>
  (req: Request, res: Response, next: NextFunction) =>
    fn(req, res).catch(next);

router.get('/', requireAuth, asyncHandler(async (_req, res) => {
  const users = await prisma.user.findMany({ orderBy: { createdAt: 'desc' } });
  res.json(users);
}));

router.post('/', requireAuth, requireRole('admin'), asyncHandler(async (req, res) => {
  const parsed = createUserSchema.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json({ errors: parsed.error.flatten() });
  }
  const user = await prisma.user.create({ data: parsed.data });
  res.status(201).json(user);
}));

// PUT /:id and DELETE /:id
// ------------------------
// Both handlers are unchanged from what you already have. PUT parses the body
// with updateUserSchema and calls prisma.user.update; DELETE is admin-only and
// returns 204. I've left them out here so the diff stays readable.

export default router;
