import { Router } from 'express';
import { requireAuth } from '../middleware/auth.js';
// ...other imports

const router = Router();

router.get('/', requireAuth, async (req, res, next) => {
  try {
    const users = await db.user.findMany({ orderBy: { createdAt: 'desc' } });
    res.json(users);
  } catch (err) {
    next(err);
  }
});

router.post('/', requireAuth, validateBody(createUserSchema), async (req, res, next) => {
  try {
    const user = await db.user.create({ data: req.body });
    res.status(201).json(user);
  } catch (err) {
    next(err);
  }
});

router.delete('/:id', requireAuth, async (req, res, next) => {
  try {
    await db.user.delete({ where: { id: req.params.id } });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

export default router;
