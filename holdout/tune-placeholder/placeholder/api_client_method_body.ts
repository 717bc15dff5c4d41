import type { RequestOptions, ApiResponse } from './types';
import { buildUrl, withAuthHeader } from './http';

export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  async get<T>(path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
    const res = await fetch(buildUrl(this.baseUrl, path, opts.query), {
      method: 'GET',
      headers: withAuthHeader(opts.headers, this.token),
      signal: opts.signal,
    });
    return this.handle<T>(res);
  }

  async post<T>(path: string, body: unknown, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
    const res = await fetch(buildUrl(this.baseUrl, path, opts.query), {
      method: 'POST',
      headers: withAuthHeader({ 'Content-Type': 'application/json', ...opts.headers }, this.token),
      body: JSON.stringify(body),
      signal: opts.signal,
    });
    return this.handle<T>(res);
  }

  private async handle<T>(res: Response): Promise<ApiResponse<T>> {
    // existing retry + error-mapping logic unchanged
  }
}
