<<<<<<< HEAD
import fetch from 'node-fetch';
import { URLSearchParams } from 'node:url';
=======
import { URLSearchParams } from 'node:url';
import pRetry from 'p-retry';
>>>>>>> add-retries

const BASE = 'https://api.example.com/v2';

export async function search(term, page = 1) {
  const qs = new URLSearchParams({ q: term, page: String(page) });
  const res = await fetch(`${BASE}/search?${qs}`);
  if (!res.ok) throw new Error(`search failed: ${res.status}`);
  return res.json();
}
