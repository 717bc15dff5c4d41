'use strict';

const { search } = require('../services/search.cjs');

async function searchHandler(req, res) {
  const q = String(req.query.q || '').trim();
  if (q.length < 2) {
    return res.status(400).json({ error: 'query must be at least 2 characters' });
  }
  const page = Math.max(1, Number(req.query.page) || 1);
  const items = await search(q, { page, perPage: 20, userId: req.us  res.json({ q, page, items });
}

async function suggestHandler(req, res) {
  const q = String(req.query.q || '').trim();
  const suggestions = q ? await search(q, { perPage: 5, fields: ['title'] }) : [];
  res.json(suggestions.map((s) => s.title));
}

module.exports = { searchHandler, suggestHandler };
