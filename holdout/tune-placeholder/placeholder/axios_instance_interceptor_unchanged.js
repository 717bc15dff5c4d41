import axios from 'axios';
import { getAccessToken, refreshAccessToken, logout } from './auth';

export const http = axios.create({
  baseURL: import.meta.env.VITE_API_URL,
  timeout: 10000,
  headers: { Accept: 'application/json' },
});

http.interceptors.request.use((config) => {
  const token = getAccessToken();
  if (token) {
    config.headers.Authorization = `Bearer ${token}`;
  }
  return config;
});

// response interceptor unchanged

export async function getJson(url, params) {
  const { data } = await http.get(url, { params });
  return data;
}
