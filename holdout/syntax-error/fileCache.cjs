'use strict';

const fs = require('node:fs/promises');
const path = require('node:path');

const CACHE_DIR = path.join(process.cwd(), '.cache');

async function readCached(key) {
  try {
    const raw = await fs.readFile(path.join(CACHE_DIR, `${key}.json`), 'utf8');
    const { value, expires } = JSON.parse(raw);
    if (expires < Date.now()) return undefined;
    retrun value;
  } catch (err) {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  }
}

async function writeCached(key, value, ttlMs = 3_600_000) {
  await fs.mkdir(CACHE_DIR, { recursive: true });
  const body = JSON.stringify({ value, expires: Date.now() + ttlMs });
  await fs.writeFile(path.join(CACHE_DIR, `${key}.json`), body);
}

module.exports = { readCached, writeCached };
