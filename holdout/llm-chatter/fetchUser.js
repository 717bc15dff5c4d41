Here is the updated file:

'use strict';

const BASE_URL = process.env.API_URL || 'https://api.example.com';

async function fetchUser(id, { signal } = {}) {
  const res = await fetch(`${BASE_URL}/users/${encodeURIComponent(id)}`, { signal });
  if (res.status === 404) {
    return null;
  }
  if (!res.ok) {
    const body = await res.text();
    throw new Error(`GET /users/${id} failed with ${res.status}: ${body}`);
  }
  return res.json();
}

async function fetchUsers(ids) {
  const results = await Promise.allSettled(ids.map((id) => fetchUser(id)));
  return results
    .filter((r) => r.status === 'fulfilled' && r.value !== null)
    .map((r) => r.value);
}

module.exports = { fetchUser, fetchUsers };
