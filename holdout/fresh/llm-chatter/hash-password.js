const bcrypt = require('bcrypt');

const ROUNDS = 12;

async function hashPassword(plain) {
  if (typeof plain !== 'string' || plain.length < 8) {
    throw new Error('Password must be at least 8 characters');
  }
  return bcrypt.hash(plain, ROUNDS);
}

async function verifyPassword(plain, hash) {
  return bcrypt.compare(plain, hash);
}

module.exports = { hashPassword, verifyPassword };

With these changes, passwords are hashed with 12 salt rounds and short passwords are rejected before hashing. Don't forget to run `npm install bcrypt`.
