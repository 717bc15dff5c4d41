import crypto from 'node:crypto';

export function randomId(bytes = 16) {
  return crypto.randomBytes(bytes).toString('hex');
}

export function chunk(arr, size) {
  const out = [];
  for (let i = 0; i < arr.length; i += size) out.push(arr.slice(i, i + size));
  return out;
}

// ... rest of the file unchanged
