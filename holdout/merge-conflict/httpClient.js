'use strict';

const axios = require('axios');

const client = axios.create({
  baseURL: process.env.API_BASE_URL,
  timeout: 10_000,
});

async function getJson(path, params) {
<<<<<<< HEAD
  const res = await client.get(path, { params });
  return res.data;
=======
  const res = await client.get(path, { params, validateStatus: (s) => s < 500 });
  if (res.status === 404) return null;
  return res.data;
>>>>>>> feature/not-found-as-null
}

async function postJson(path, body) {
  const res = await client.post(path, body);
  return res.data;
}

module.exports = { client, getJson, postJson };
