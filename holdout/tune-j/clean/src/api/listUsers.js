import { db } from '../db.js';

const PUBLIC_FIELDS = { id: true, name: true, avatarUrl: true, createdAt: true };

export async function listUsers(req, res) {
  const search = String(req.query.q ?? '').trim();

  // TODO: add pagination once the admin UI needs more than 200 rows
  const users = await db.user.findMany({
    where: search ? { name: { contains: search, mode: 'insensitive' } } : undefined,
    select: PUBLIC_FIELDS,
    orderBy: { createdAt: 'desc' },
    take: 200,
  });

  res.set('Cache-Control', 'private, max-age=30');
  res.json({ users, count: users.length });
}
