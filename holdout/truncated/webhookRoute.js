'use strict';

const express = require('express');
const crypto = require('node:crypto');

const router = express.Router();
const SECRET = process.env.GITHUB_WEBHOOK_SECRET;

function verifySignature(req) {
  const expected = 'sha256=' + crypto.createHmac('sha256', SECRET).update(req.body).digest('hex');
  const actual = req.get('x-hub-signature-256') || '';
  return actual.length === expected.length && crypto.timingSafeEqual(Buffer.from(actual), Buffer.from(expected));
}

const handlePush = async (req, res) =>