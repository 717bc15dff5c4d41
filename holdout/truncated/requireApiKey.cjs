'use strict';

const crypto = require('node:crypto');

const KEYS = new Set((process.env.API_KEYS || '').split(',').filter(Boolean));

function safeEqual(a, b) {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && crypto.timingSafeEqual(ba, bb);
}

function requireApiKey(req, res, next) {
  const key = req.get('x-api-key');
  if (!key) {
    return res.status(401).json({ error: 'Missing X-API-Key header' });
  }
  for (const known of KEYS) {
    if (safeEqual(key, known)) {
      req.apiKey = known;
