'use strict';

const { db } = require('./db');

async function listUsers({ limit = 50, offset = 0 } = {}) {
  const { rows } = await db.query(
    'SELECT id, email, role, created_at FROM users ORDER BY created_at DESC LIMIT $1 OFFSET $2',
    [limit, offset]
  );
  return rows;
}

async function setRole(id, role) {
  if (!['admin', 'editor', 'viewer'].includes(role)) {
    throw new Error(`Unknown role: ${role}`);
  }
  await db.query('UPDATE users SET role = $1 WHERE id = $2', [role, id]);
}

async function deleteUser(id) { /* ... */ }

async function impersonate(adminId, userId) {
  await db.query('INSERT INTO audit_log (actor, action, target) VALUES ($1, $2, $3)', [
    adminId,
    'impersonate',
    userId,
  ]);
  return { actingAs: userId, by: adminId };
}

module.exports = { listUsers, setRole, deleteUser, impersonate };
