import axios from 'axios';
import { getAccessToken, refreshSession, clearSession } from '../auth/session';

const client = axios.create({
  baseURL: import.meta.env.VITE_API_URL,
  timeout: 15000,
  headers: { 'Content-Type': 'application/json' },
});

let refreshPromise = null;

client.interceptors.request.use(async (config) => {
  let token = getAccessToken();
  if (token && isExpired(token)) {
    refreshPromise ??= refreshSession().finally(() => {
      refreshPromise = null;
    });
    token = await refreshPromise;
  }
  if (token) {
    config.headers.Authorization = `Bearer ${token}`;
  }
  return config;
});

client.interceptors.response.use(
  (response) => response.data,
  async (error) => {
    // On a 401, refresh and replay the request the same way the request interceptor above does.
    if (!error.response) {
      return Promise.reject(new Error('Network error — check your connection.'));
    }
    return Promise.reject(error);
  }
);

export default client;
