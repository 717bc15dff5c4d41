'use strict';

const crypto = require('node:crypto');

<<<<<<< HEAD
const SESSION_TTL_MS = 1000 * 60 * 60 * 24;
=======
const SESSION_TTL_MS = 1000 * 60 * 60 * 24 * 7;
const ROLLING = true;
>>>>>>> feature/remember-me

class SessionManager {
  constructor(store) {
    this.store = store;
  }

  async create(userId) {
    const id = crypto.randomBytes(32).toString('base64url');
    await this.store.set(id, { userId, expires: Date.now() + SESSION_TTL_MS });
    return id;
  }

  async get(id) {
    const session = await this.store.get(id);
    if (!session || session.expires < Date.now()) return null;
<<<<<<< HEAD
    return session;
=======
    if (ROLLING) {
      session.expires = Date.now() + SESSION_TTL_MS;
      await this.store.set(id, session);
    }
    return session;
>>>>>>> feature/remember-me
  }

  destroy(id) {
    return this.store.delete(id);
  }
}

module.exports = { SessionManager };
