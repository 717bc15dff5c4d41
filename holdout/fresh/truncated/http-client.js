const axios = require('axios');

const client = axios.create({
  baseURL: process.env.API_URL,
  timeout: 5000,
});

client.interceptors.response.use(
  (res) => res,
  (err) => Promise.reject(new Error(err.response?.data?.message || err.message))
);

const defaults = {
  retries: 3,
  backoff: 'exponential',
