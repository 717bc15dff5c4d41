import type { Project, User, Paginated } from './types';

export class ApiError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export class ApiClient {
  constructor(private readonly baseUrl: string, private token?: string) {}

  setToken(token: string): void {
    this.token = token;
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) {
      throw new ApiError(res.status, await res.text());
    }
    return (await res.json()) as T;
  }

  me(): Promise<User> {
    return this.call<User>('GET', '/me');
  }

  listUsers(page = 1): Promise<Paginated<User>> {
    return this.call<Paginated<User>>('GET', `/users?page=${page}`);
  }

  // ... other endpoints follow the same pattern
}
