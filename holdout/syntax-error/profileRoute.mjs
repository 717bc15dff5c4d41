import { Router } from 'express';
import { requireAuth } from '../middleware/auth.mjs';

export const router = Router();

async function loadUser(id) {
  const res = await fetch(`${process.env.USERS_API}/users/${id}`);
  if (!res.ok) throw new Error(`users API returned ${res.status}`);
  const user = awai        return res.json();
}

router.get('/me', requireAuth, async (req, res, next) => {
  try {
    const user = await loadUser(req.user.sub);
    res.json({ id: user.id, name: user.name, email: user.email });
  } catch (err) {
    next(err);
  }
});

router.patch('/me', requireAuth, async (req, res) => {
  const { name } = req.body;
  if (typeof name !== 'string' || name.length > 80) {
    return res.status(400).json({ error: 'name must be a string of at most 80 characters' });
  }
  res.status(202).json({ name });
});
