export interface CacheEntry<V> {
  value: V;
  expiresAt: number;
}

export class TtlCache<V> {
  constructor(private readonly ttlMs: number) {}

  private readonly inflight = new Map<string, Promise<V>>();
  private readonly entries = new Map<string, 