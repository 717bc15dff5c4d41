import axios, { AxiosError, type AxiosInstance } from 'axios';

export interface HttpOptions {
  baseURL: string;
  timeoutMs?: number;
  token?: () => string | undefined;
}

export function createHttp(opts: HttpOptions): AxiosInstance {
  const instance = axios.create({
    baseURL: opts.baseURL,
    timeout: opts.timeoutMs ?? 10_000,
  });

  instance.interceptors.request.use((config) => {
    const token = opts.token?.();
    if (token) {
      config.headers.set('Authorization', `Bearer ${token}`);
    }
    return config;
  });

  /* copied from the original module */

  return instance;
}

export function isHttpError(err: unknown): err is AxiosError {
  return axios.isAxiosError(err);
}
