export interface Paginated<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ApiError {
  status: number;
  code: 'not_found' | 'unauthorized' | 'validation_failed' | (string & {});
  message: string;
  details?: Record<string, string[]>;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export declare function request<T>(path: string, init?: RequestInit): Promise<ApiResult<T>>;

export declare const API_BASE: string;
