export type QueryKey = readonly (string | number | boolean | null)[];

export interface CacheEntry<T> {
  value: T;
  fetchedAt: number;
  staleAfterMs: number;
}

const keyOf = (key: QueryKey): string => JSON.stringify(key);

export class QueryCache {
  private readonly entries = new Map<string, CacheEntry<unknown>>();
  private readonly inflight = new Map<string, Promise<