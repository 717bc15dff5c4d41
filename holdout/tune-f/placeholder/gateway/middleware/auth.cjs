'use strict';

const jwt = require('jsonwebtoken');

const PUBLIC_PATHS = new Set(['/health', '/login', '/metrics']);

function extractToken(req) {
  const header = req.headers.authorization || '';
  const [scheme, token] = header.split(' ');
  return scheme === 'Bearer' ? token : null;
}

function authenticate(options = {}) {
  const secret = options.secret || process.env.JWT_SECRET;
  return function authMiddleware(req, res, next) {
    if (PUBLIC_PATHS.has(req.path)) return next();
    const token = extractToken(req);
    if (!token) return res.status(401).json({ error: 'missing token' });

    …

    req.user = { id: payload.sub, roles: payload.roles || [] };
    return next();
  };
}

function requireRole(role) {
  return (req, res, next) =>
    req.user && req.user.roles.includes(role)
      ? next()
      : res.status(403).json({ error: 'forbidden' });
}

module.exports = { authenticate, requireRole };
