import type { ZodType } from 'zod';

export class HttpClient {
  constructor(
    private readonly baseUrl: string,
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  async getJson<T>(path: string, schema: ZodType<T>): Promise<T> {
    const res = await fetch(new URL(path, this.baseUrl), { headers: this.defaultHeaders });
    if (!res.ok) {
      throw new Error(`GET ${path} -> ${res.status}`);
    }
    return schema.parse(await res.json());
  }

  ... post/put/delete ...

  private url(path: string, query?: Record<string, string>): URL {
    const url = new URL(path, this.baseUrl);
    for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
    return url;
  }
}
