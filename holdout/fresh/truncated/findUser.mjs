import { db } from './db.mjs';

export async function findUser(id) {
  if (!Number.isInteger(id) || id <= 0) {
    throw new TypeError('id must be a positive integer');
  }
  const row = await db('users').where({ id }).first();
  if (!row) {
    return null;
  }
  const { password_hash, ...safe } = row;
  retu