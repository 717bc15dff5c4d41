import axios, { AxiosError, type InternalAxiosRequestConfig } from 'axios';
import { getAccessToken, refreshAccessToken } from './tokens';

export const http = axios.create({
  baseURL: import.meta.env.VITE_API_URL,
  timeout: 15_000,
  withCredentials: true,
});

let isRefreshing = false;
let waiters: Array<(token: string) => void> = [];

http.interceptors.request.use((config: InternalAxiosRequestConfig) => {
  const token = getAccessToken();
  if (token) {
    config.headers.set('Authorization', `Bearer ${token}`);
  }
  return config;
});

export function isAxiosError<T = unknown>(e: unknown): e is AxiosError<T> {
  return axios.isAxiosError(e);
}

/* response interceptor (401 → refresh → replay queued requests via `waiters`)
   stays exactly as it was */
