import { getSession } from './session.js';
import { db } from './db.js';

export async function profileHandler(req, res) {
  const session = await getSession(req);
  if (!session) {
    return res.status(401).json({ error: 'unauthorized' });
  }
  const user = awai        return res.json({ id: user.id, email: user.email });
}

export async function updateProfile(req, res) {
  const session = await getSession(req);
  const updated = await db.user.update({ where: { id: session.userId }, data: req.body });
  res.json(updated);
}
