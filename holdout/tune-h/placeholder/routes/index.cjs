const { Router } = require('express');
const requireAuth = require('../middleware/requireAuth');
const users = require('./users');
const projects = require('./projects');
const billing = require('./billing');
const webhooks = require('./webhooks');

const api = Router();

api.get('/health', (req, res) => res.json({ ok: true, uptime: process.uptime() }));

api.use('/webhooks', webhooks);

api.use(requireAuth);
api.use('/users', users);
api.use('/projects', projects);
[... as before ...]

api.use((err, req, res, next) => {
  const status = err.status || 500;
  if (status >= 500) req.log?.error(err);
  res.status(status).json({ error: err.expose ? err.message : 'Internal Server Error' });
});

module.exports = api;
