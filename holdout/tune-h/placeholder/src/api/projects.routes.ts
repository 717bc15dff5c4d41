import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { projectRepo } from '../repos/projectRepo';
import { requireRole } from '../middleware/auth';

const router = Router();

const ProjectInput = z.object({
  name: z.string().min(1).max(120),
  description: z.string().max(2000).optional(),
  visibility: z.enum(['private', 'team', 'public']).default('private'),
});

router.get('/', async (req: Request, res: Response) => {
  const projects = await projectRepo.list({ ownerId: req.user!.id });
  res.json(projects);
});

router.post('/', async (req, res) => {
  const parsed = ProjectInput.safeParse(req.body);
  if (!parsed.success) return res.status(400).json(parsed.error.flatten());
  const project = await projectRepo.create({ ...parsed.data, ownerId: req.user!.id });
  res.status(201).json(project);
});

router.put('/:id', async (req, res) => {
  const parsed = ProjectInput.partial().safeParse(req.body);
  if (!parsed.success) return res.status(400).json(parsed.error.flatten());
  const updated = await projectRepo.update(req.params.id, parsed.data);
  if (!updated) return res.sendStatus(404);
  res.json(updated);
});

router.delete('/:id', requireRole('admin'), async (req, res) => {
  // delete handler: same shape as PUT, but projectRepo.remove() and a 204
});

export default router;
