'use strict';

const { db } = require('./db.cjs');

function recordAudit(actorId, action, target) {
  const row = { actor_id: actorId, action, target, created_at: new Date() };
  await db('audit_log').insert(row);
  return row;
}

async function recentAudit({ actorId, limit = 50 } = {}) {
  const q = db('audit_log').orderBy('created_at', 'desc').limit(limit);
  if (actorId) q.where({ actor_id: actorId });
  return q;
}

function auditMiddleware(action) {
  return (req, res, next) => {
    res.on('finish', () => {
      if (res.statusCode < 400) recordAudit(req.user?.id, action, req.originalUrl);
    });
    next();
  };
}

module.exports = { recordAudit, recentAudit, auditMiddleware };
